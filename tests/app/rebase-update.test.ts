import { describe, expect, it } from 'vitest';
import { addComment } from '@/domain/comments.ts';
import { agree, sendForReview } from '@/domain/workflow.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { rebaseUpdate } from '@/app/rebase-update.ts';
import { buildExampleAssessment } from '../builders.ts';

describe('rebaseUpdate', () => {
  const base = buildExampleAssessment({ id: 'x' });
  const typed = { ...base, answers: { ...base.answers, age: 'Typed after the last render.' } };

  it('keeps every answer typed since the last render when the assessment is sent for review', () => {
    const sent = sendForReview(base, { by: 'Ann', now: new Date('2026-03-01T10:00:00Z') });
    if (!sent.ok) throw new Error(sent.reason);
    const saved = rebaseUpdate(base, sent.assessment, typed);
    expect(saved.answers.age).toBe('Typed after the last render.');
    expect(saved.status).toBe('ready-for-review');
    expect(saved.statusHistory).toEqual(sent.assessment.statusHistory);
  });

  it('keeps typed answers when a comment is added, and takes the answers the tool changed', () => {
    const commented = addComment(base, {
      author: 'Rita',
      role: 'reviewer',
      sectionId: 'analysis',
      questionId: 'age',
      body: 'Why?',
      now: new Date('2026-03-01T10:00:00Z'),
    });
    if (!commented.ok) throw new Error(commented.reason);
    expect(rebaseUpdate(base, commented.assessment, typed)).toMatchObject({
      answers: { age: 'Typed after the last render.' },
      comments: commented.assessment.comments,
    });

    const ready = { ...base, status: 'ready-for-review' as const };
    const agreed = agree(ready, findTemplate(base.templateId, base.templateVersion)!, {
      reviewer: 'Rita',
      now: new Date('2026-03-02T10:00:00Z'),
    });
    if (!agreed.ok) throw new Error(agreed.reason);
    const saved = rebaseUpdate(ready, agreed.assessment, { ...typed, status: 'ready-for-review' });
    expect(saved.answers.dateAgreed).toEqual({ day: '2', month: '3', year: '2026' });
    expect(saved.answers.age).toBe('Typed after the last render.');
  });
});
