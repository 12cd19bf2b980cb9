import type { Answers } from '@schemas/answers.ts';
import { STATUS_LABELS, type Assessment, type Comment, type StatusChange } from '@schemas/assessment.ts';
import { isReopenReply } from './comments.ts';

/**
 * Merging an assessment that comes back as a file with the copy in this browser (same id). Review
 * works without a server: the assessor sends the .eia.json, the reviewer imports it, comments, returns
 * or agrees it and sends it back; each side imports the other's file. Nothing either side did is lost.
 *
 * THE RULE
 * 1. Comments and replies are united by id. A comment is resolved if its latest resolution (on either
 *    side) is later than its latest "Reopened." reply; otherwise it is open.
 * 2. Status changes are united (the same change on both sides counts once) and ordered by time; the
 *    status and revision are those of the latest change.
 * 3. The content (answers, completed sections, publication settings) is taken from whichever side
 *    changed it since the COMMON POINT: the latest status change both sides have.
 *    - Exact, when the caller passes `base`, the local copy as it was at the common point (storage keeps
 *      a snapshot at every status change): a side changed the content if it differs from the base.
 *    - Otherwise by time: a side changed it if its `updatedAt` is later than the common point. This
 *      can only over-count (a save of a comment or a status change also moves `updatedAt`), so without
 *      a base some merges become conflicts, but a change is never missed.
 * 4. It is a CONFLICT, and nothing is merged silently, when the contents differ and
 *    - both sides changed them since the common point, or neither did (clocks disagree), or
 *    - the two copies share no status change at all, or
 *    - the latest status is Agreed but the content kept is not the content that was agreed.
 *    The UI resolves a conflict by keeping both copies: `local` (this browser's content and history)
 *    and `incoming` (the file's content and history), each with every comment from both sides. The
 *    caller gives the incoming copy a new id (keepBothCopies).
 */

export type MergeResult =
  | {
      kind: 'merged';
      assessment: Assessment;
      /** Where the content came from: the two sides had the same content, or one side changed it. */
      contentFrom: 'same' | 'local' | 'incoming';
      /** What the incoming file brought, in plain English (empty when nothing). */
      changes: string[];
    }
  | { kind: 'conflict'; reason: string; local: Assessment; incoming: Assessment; changes: string[] };

/**
 * `base`, if given: this browser's copy as it was when the common point's status change was made (the
 * EARLIEST stored snapshot whose latest status change is `commonPoint(local, incoming)`). Any other
 * base is ignored and the rule falls back to time.
 */
export function mergeAssessments(
  local: Assessment,
  incoming: Assessment,
  options: { base?: Assessment } = {},
): MergeResult {
  if (local.id !== incoming.id) throw new Error('mergeAssessments needs two copies of the same assessment');
  const comments = mergeComments(local.comments, incoming.comments);
  const changes = describeCommentChanges(local.comments, comments);

  const sameContent = contentEqual(local, incoming);
  const common = commonPoint(local.statusHistory, incoming.statusHistory);
  const baseLast = options.base?.statusHistory.at(-1);
  const base = common && baseLast && sameChange(baseLast, common) ? options.base : undefined;
  const changed = (side: Assessment) =>
    common !== null && (base ? !contentEqual(side, base) : changedSince(side, common));
  const localChanged = changed(local);
  const incomingChanged = changed(incoming);
  const history = mergeHistory(local.statusHistory, incoming.statusHistory);
  const latest = history[history.length - 1];

  let contentFrom: 'same' | 'local' | 'incoming' | null = null;
  let reason = '';
  if (sameContent) contentFrom = 'same';
  else if (common === null)
    reason = 'The file and this browser have different histories for this assessment.';
  else if (localChanged && !incomingChanged) contentFrom = 'local';
  else if (incomingChanged && !localChanged) contentFrom = 'incoming';
  else
    reason = 'The answers were changed both in this browser and in the file since they were last the same.';

  if (!sameContent && latest?.status === 'agreed') {
    // Only the content that was agreed may carry the Agreed status.
    const agreedHere = local.statusHistory.some((c) => sameChange(c, latest));
    const agreedThere = incoming.statusHistory.some((c) => sameChange(c, latest));
    const agreedSide = agreedHere && !agreedThere ? 'local' : !agreedHere && agreedThere ? 'incoming' : null;
    if (agreedSide !== null && contentFrom !== agreedSide) {
      contentFrom = null;
      reason = 'The assessment was agreed in one copy while its answers were changed in the other.';
    }
  }

  if (contentFrom === null) {
    return {
      kind: 'conflict',
      reason,
      local: { ...local, comments },
      incoming: { ...incoming, comments },
      changes,
    };
  }

  const source = contentFrom === 'incoming' ? incoming : local;
  const merged: Assessment = {
    ...local,
    answers: source.answers,
    completedSections: source.completedSections,
    publication: source.publication,
    updatedAt: later(local.updatedAt, incoming.updatedAt),
    status: latest?.status ?? local.status,
    revision: latest?.revision ?? Math.max(local.revision, incoming.revision),
    statusHistory: history,
    comments,
  };
  if (contentFrom === 'incoming') changes.unshift('The answers changed in the file were taken.');
  const newChanges = history.filter((c) => !local.statusHistory.some((l) => sameChange(l, c)));
  if (newChanges.length > 0 && merged.status !== local.status) {
    const last = newChanges[newChanges.length - 1]!;
    changes.unshift(`Status is now ${STATUS_LABELS[merged.status]}${last.by ? ` (by ${last.by})` : ''}.`);
  }
  return { kind: 'merged', assessment: merged, contentFrom, changes };
}

/** The two copies to keep after a conflict: this browser's as it is, and the file's under a new id. */
export function keepBothCopies(
  conflict: Extract<MergeResult, { kind: 'conflict' }>,
  newId: string,
): { local: Assessment; copy: Assessment } {
  return { local: conflict.local, copy: { ...conflict.incoming, id: newId } };
}

export function mergeComments(local: readonly Comment[], incoming: readonly Comment[]): Comment[] {
  const byId = new Map<string, Comment>();
  for (const c of local) byId.set(c.id, c);
  for (const c of incoming) {
    const mine = byId.get(c.id);
    byId.set(c.id, mine ? mergeComment(mine, c) : c);
  }
  return stableSortBy([...byId.values()], (c) => c.createdAt);
}

function mergeComment(a: Comment, b: Comment): Comment {
  const replies = new Map(a.replies.map((r) => [r.id, r]));
  for (const r of b.replies) if (!replies.has(r.id)) replies.set(r.id, r);
  const merged = stableSortBy([...replies.values()], (r) => r.createdAt);
  const { resolvedAt: _at, resolvedBy: _by, ...base } = a;
  const resolution = [a, b]
    .filter((c) => c.resolvedAt !== undefined)
    .sort((x, y) => Date.parse(y.resolvedAt!) - Date.parse(x.resolvedAt!))[0];
  const lastReopen = merged
    .filter(isReopenReply)
    .reduce((max, r) => Math.max(max, Date.parse(r.createdAt)), 0);
  const resolved = resolution && Date.parse(resolution.resolvedAt!) > lastReopen;
  return {
    ...base,
    replies: merged,
    ...(resolved ? { resolvedAt: resolution.resolvedAt, resolvedBy: resolution.resolvedBy ?? '' } : {}),
  };
}

export function mergeHistory(
  local: readonly StatusChange[],
  incoming: readonly StatusChange[],
): StatusChange[] {
  const out = [...local];
  for (const c of incoming) if (!out.some((l) => sameChange(l, c))) out.push(c);
  return stableSortBy(out, (c) => c.at);
}

/** The same status change (who, when, which status, revision and note). */
export function sameChange(a: StatusChange, b: StatusChange): boolean {
  return (
    a.status === b.status &&
    Date.parse(a.at) === Date.parse(b.at) &&
    a.by === b.by &&
    a.revision === b.revision &&
    a.note === b.note
  );
}

/** The latest status change present in both histories, or null if they share none. */
export function commonPoint(
  local: readonly StatusChange[],
  incoming: readonly StatusChange[],
): StatusChange | null {
  let best: StatusChange | null = null;
  for (const c of local)
    if (incoming.some((i) => sameChange(i, c)) && (!best || Date.parse(c.at) >= Date.parse(best.at)))
      best = c;
  return best;
}

function changedSince(side: Assessment, common: StatusChange): boolean {
  return Date.parse(side.updatedAt) > Date.parse(common.at);
}

export function contentEqual(a: Assessment, b: Assessment): boolean {
  return (
    answersEqual(a.answers, b.answers) &&
    sameSet(a.completedSections, b.completedSections) &&
    (Object.keys(a.publication) as Array<keyof Assessment['publication']>).every(
      (k) => a.publication[k] === b.publication[k],
    )
  );
}

function answersEqual(a: Answers, b: Answers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function stableSortBy<T>(items: T[], key: (t: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, at: Date.parse(key(item)) }))
    .sort((x, y) => x.at - y.at || x.index - y.index)
    .map((x) => x.item);
}

function describeCommentChanges(before: readonly Comment[], after: readonly Comment[]): string[] {
  const old = new Map(before.map((c) => [c.id, c]));
  let added = 0;
  let replies = 0;
  let resolved = 0;
  let reopened = 0;
  for (const c of after) {
    const was = old.get(c.id);
    if (!was) {
      added += 1;
      continue;
    }
    replies +=
      c.replies.filter((r) => !isReopenReply(r)).length - was.replies.filter((r) => !isReopenReply(r)).length;
    if (c.resolvedAt && !was.resolvedAt) resolved += 1;
    if (!c.resolvedAt && was.resolvedAt) reopened += 1;
  }
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const out: string[] = [];
  if (added > 0) out.push(`${n(added, 'new comment', 'new comments')}.`);
  if (replies > 0) out.push(`${n(replies, 'new reply', 'new replies')}.`);
  if (resolved > 0) out.push(`${n(resolved, 'comment', 'comments')} resolved.`);
  if (reopened > 0) out.push(`${n(reopened, 'comment', 'comments')} reopened.`);
  return out;
}
