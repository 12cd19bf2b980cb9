import { describe, expect, it } from 'vitest';
import { SUMMARY_VERSION, summariseAssessment } from '@/domain/assessment-summary.ts';
import { addComment } from '@/domain/comments.ts';
import { buildAssessment, buildExampleAssessment } from '../builders.ts';

const today = new Date('2026-03-10T12:00:00Z');

describe('summariseAssessment', () => {
  it('carries the findings counts and the equality-group grid', () => {
    const summary = summariseAssessment(buildExampleAssessment(), { today });
    expect(summary).toMatchObject({
      missingCount: 0,
      weakCount: 16,
      openComments: 0,
      summaryVersion: SUMMARY_VERSION,
    });
    expect(Object.values(summary.groups)).toHaveLength(11);
    expect(summary.groups.age).toBe('weak');
  });

  it('counts missing answers and open comments of an empty draft', () => {
    const withComment = addComment(buildAssessment(), {
      sectionId: 'analysis',
      author: 'Sam',
      role: 'reviewer',
      body: 'Please start.',
      now: today,
    });
    if (!withComment.ok) throw new Error(withComment.reason);
    const summary = summariseAssessment(withComment.assessment, { today });
    expect(summary.missingCount).toBe(23);
    expect(summary.weakCount).toBe(0);
    expect(summary.openComments).toBe(1);
    expect(summary.groups.race).toBe('missing');
  });

  it('is version 4, so storage rebuilds rows saved before findings were counted, impact ratings and the language kept', () => {
    expect(SUMMARY_VERSION).toBe(4);
  });
});
