import { describe, expect, it } from 'vitest';
import type { Assessment } from '@schemas/assessment.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import {
  addComment,
  commentsOn,
  openCommentCount,
  reopenComment,
  replyToComment,
  resolveComment,
  type CommentResult,
} from '@/domain/comments.ts';
import { agree, sendForReview } from '@/domain/workflow.ts';
import { buildAssessment } from '../builders.ts';
import { wellMadeAnswers } from './findings/well-made-answers.ts';

const now = new Date('2026-03-03T10:00:00Z');
function ok(result: CommentResult | { ok: true; assessment: Assessment } | { ok: false; reason: string }) {
  if (!result.ok) throw new Error(result.reason);
  return result.assessment;
}

describe('comments', () => {
  const withComment = () =>
    ok(
      addComment(buildAssessment(), {
        id: 'c1',
        sectionId: 'analysis',
        questionId: 'age',
        author: ' Sam Reviewer ',
        role: 'reviewer',
        body: ' Why is there no impact on older registrants? ',
        now,
      }),
    );

  it('adds a comment on a question, trimmed, and finds it there', () => {
    const a = withComment();
    expect(commentsOn(a, 'analysis', 'age')).toEqual([
      {
        id: 'c1',
        sectionId: 'analysis',
        questionId: 'age',
        author: 'Sam Reviewer',
        role: 'reviewer',
        body: 'Why is there no impact on older registrants?',
        createdAt: now.toISOString(),
        replies: [],
      },
    ]);
    expect(commentsOn(a, 'analysis')).toEqual([]);
    expect(openCommentCount(a)).toBe(1);
  });

  it('adds a comment on a whole section', () => {
    const a = ok(
      addComment(buildAssessment(), {
        sectionId: 'evidence',
        author: 'S',
        role: 'reviewer',
        body: 'Thin.',
        now,
      }),
    );
    expect(commentsOn(a, 'evidence').map((c) => c.body)).toEqual(['Thin.']);
  });

  it('refuses an empty comment or a comment with no name', () => {
    const base = { sectionId: 'analysis', role: 'reviewer' as const, now };
    expect(addComment(buildAssessment(), { ...base, author: 'S', body: '  ' })).toEqual({
      ok: false,
      reason: 'Enter a comment',
    });
    expect(addComment(buildAssessment(), { ...base, author: '', body: 'x' })).toEqual({
      ok: false,
      reason: 'Enter your name',
    });
  });

  it('lets the assessor reply, resolve and the reviewer reopen', () => {
    let a = withComment();
    a = ok(
      replyToComment(a, 'c1', {
        id: 'r1',
        author: 'Katherine Timms',
        role: 'assessor',
        body: 'Added a reason.',
        now,
      }),
    );
    a = ok(resolveComment(a, 'c1', { by: 'Katherine Timms', now }));
    expect(a.comments[0]).toMatchObject({ resolvedBy: 'Katherine Timms', resolvedAt: now.toISOString() });
    expect(openCommentCount(a)).toBe(0);
    a = ok(reopenComment(a, 'c1', { id: 'x', author: 'Sam Reviewer', role: 'reviewer', now }));
    expect(a.comments[0]!.resolvedAt).toBeUndefined();
    expect(a.comments[0]!.replies.map((r) => r.body)).toEqual(['Added a reason.', 'Reopened.']);
    expect(openCommentCount(a)).toBe(1);
  });

  it('refuses to touch a comment that is not there', () => {
    expect(
      replyToComment(buildAssessment(), 'nope', { author: 'A', role: 'assessor', body: 'x', now }).ok,
    ).toBe(false);
  });

  it('refuses new comments once the assessment is agreed', () => {
    const sent = ok(sendForReview(buildAssessment({ answers: wellMadeAnswers() }), { by: 'K', now }));
    const agreed = ok(agree(sent, currentTemplate, { reviewer: 'S', now }));
    expect(
      addComment(agreed, { sectionId: 'analysis', author: 'S', role: 'reviewer', body: 'x', now }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/agreed/),
    });
  });
});
