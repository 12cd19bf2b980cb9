import type { Assessment, Comment, CommentReply } from '@schemas/assessment.ts';
import { isLocked, LOCKED_REASON } from './workflow.ts';

/**
 * Comments on a section (no questionId) or on one question: add, reply, resolve, reopen. Pure: each
 * returns a new Assessment or a refusal with a reason to show. Comments travel inside the .eia.json
 * file with the assessment; merge.ts unites both sides' comments by id.
 *
 * Reopening leaves a trace: it adds a reply whose id starts with REOPEN_PREFIX ("Reopened."), so that
 * a merge can tell "reopened after it was resolved" from "never resolved" without a new field.
 */

export type CommentRole = Comment['role'];
export type CommentResult = { ok: true; assessment: Assessment } | { ok: false; reason: string };

export const REOPEN_PREFIX = 'reopen-';
const MAX_BODY = 20_000;

type Author = { author: string; role: CommentRole };
type Now = { now: Date; id?: string };

export function commentsOn(assessment: Assessment, sectionId: string, questionId?: string): Comment[] {
  return assessment.comments.filter((c) => c.sectionId === sectionId && c.questionId === questionId);
}

export function isResolved(comment: Comment): boolean {
  return comment.resolvedAt !== undefined;
}

export function openCommentCount(assessment: Assessment): number {
  return assessment.comments.filter((c) => !isResolved(c)).length;
}

export function isReopenReply(reply: CommentReply): boolean {
  return reply.id.startsWith(REOPEN_PREFIX);
}

export function addComment(
  assessment: Assessment,
  input: Author & Now & { sectionId: string; questionId?: string; body: string },
): CommentResult {
  const problem = check(assessment, input.author, input.body);
  if (problem) return { ok: false, reason: problem };
  const comment: Comment = {
    id: input.id ?? crypto.randomUUID(),
    sectionId: input.sectionId,
    ...(input.questionId ? { questionId: input.questionId } : {}),
    author: input.author.trim(),
    role: input.role,
    body: input.body.trim(),
    createdAt: input.now.toISOString(),
    replies: [],
  };
  return { ok: true, assessment: { ...assessment, comments: [...assessment.comments, comment] } };
}

export function replyToComment(
  assessment: Assessment,
  commentId: string,
  input: Author & Now & { body: string },
): CommentResult {
  const problem = check(assessment, input.author, input.body);
  if (problem) return { ok: false, reason: problem };
  const reply: CommentReply = {
    id: input.id ?? crypto.randomUUID(),
    author: input.author.trim(),
    role: input.role,
    body: input.body.trim(),
    createdAt: input.now.toISOString(),
  };
  return change(assessment, commentId, (c) => ({ ...c, replies: [...c.replies, reply] }));
}

export function resolveComment(
  assessment: Assessment,
  commentId: string,
  input: Now & { by: string },
): CommentResult {
  if (isLocked(assessment)) return { ok: false, reason: LOCKED_REASON };
  if (!input.by.trim())
    return { ok: false, reason: 'Enter your name, so others can see who resolved the comment' };
  return change(assessment, commentId, (c) =>
    isResolved(c) ? c : { ...c, resolvedAt: input.now.toISOString(), resolvedBy: input.by.trim() },
  );
}

export function reopenComment(assessment: Assessment, commentId: string, input: Author & Now): CommentResult {
  if (isLocked(assessment)) return { ok: false, reason: LOCKED_REASON };
  if (!input.author.trim())
    return { ok: false, reason: 'Enter your name, so others can see who reopened the comment' };
  return change(assessment, commentId, (c) => {
    if (!isResolved(c)) return c;
    const { resolvedAt: _at, resolvedBy: _by, ...open } = c;
    const trace: CommentReply = {
      id: `${REOPEN_PREFIX}${input.id ?? crypto.randomUUID()}`,
      author: input.author.trim(),
      role: input.role,
      body: 'Reopened.',
      createdAt: input.now.toISOString(),
    };
    return { ...open, replies: [...c.replies, trace] };
  });
}

function check(assessment: Assessment, author: string, body: string): string | null {
  if (isLocked(assessment)) return LOCKED_REASON;
  if (!author.trim()) return 'Enter your name';
  if (!body.trim()) return 'Enter a comment';
  if (body.trim().length > MAX_BODY)
    return `A comment must be ${MAX_BODY.toLocaleString('en-GB')} characters or fewer`;
  return null;
}

function change(assessment: Assessment, commentId: string, fn: (c: Comment) => Comment): CommentResult {
  if (!assessment.comments.some((c) => c.id === commentId)) {
    return {
      ok: false,
      reason: 'That comment is no longer there. It may have been removed in another copy.',
    };
  }
  return {
    ok: true,
    assessment: { ...assessment, comments: assessment.comments.map((c) => (c.id === commentId ? fn(c) : c)) },
  };
}
