import {
  STATUS_LABELS,
  type AnswerChange,
  type Assessment,
  type Comment,
  type StatusChange,
} from '@schemas/assessment.ts';
import { isReopenReply } from './comments.ts';
import { isTableRows, mergeTableRows } from './merge-table-rows.ts';

/**
 * Merging an assessment that comes back as a file with the copy in this browser (same id). Review
 * works without a server: the assessor sends the .eia.json, the reviewer imports it, comments, returns
 * or agrees it and sends it back; each side imports the other's file. Nothing either side did is lost,
 * and the result is always ONE record.
 *
 * THE RULE
 * 1. Comments and replies are united by id. A comment is resolved if its latest resolution (on either
 *    side) is later than its latest "Reopened." reply; otherwise it is open.
 * 2. Status changes are united (the same change on both sides counts once) and ordered by time; the
 *    status and revision are those of the latest change, WHATEVER HAPPENS TO THE ANSWERS.
 * 3. Answers are compared one by one against the COMMON POINT (the latest status change both sides have):
 *    - Exact, when the caller passes `base`, the local copy as it was at the common point (storage keeps
 *      a snapshot at every status change): a side changed an answer if it differs from the base's.
 *    - Otherwise by time: a side changed its answers if its `updatedAt` is later than the common point
 *      (can only over-count, so more answers are shown to the person, never fewer).
 *    An answer changed only here is kept. An answer the file brings changed (only the file changed it,
 *    both did, or it cannot be told) is a DIFFERENCE: the person keeps theirs or yours, per answer,
 *    before anything is saved (`decisions`); without a decision for each one the result is
 *    'needs-decisions' and nothing is merged. Each answer kept from the file is recorded in
 *    `answerChanges` (who, when, the answer it replaced).
 * 4. Agreed content is never mixed: when the latest change is Agreed and was made on one side only, that
 *    side's answers are taken whole (the differences are listed, not asked).
 * 5. Completed sections and publication settings come from the file only when only the file changed them.
 * 6. Table answers (rows with stable ids) are merged ROW BY ROW before rule 3 (merge-table-rows.ts): rows
 *    added or changed on one side only are combined without asking; only rows changed on both sides
 *    make a difference, whose two versions then differ in those rows alone.
 */

/** One answer the file brings that differs from the one here. */
export type AnswerDifference = {
  questionId: string;
  theirs: unknown;
  yours: unknown;
  /** Who changed it since the common point: only the file, both sides, or it cannot be told. */
  changed: 'theirs' | 'both' | 'unknown';
  /** Set when the person has no choice (rule 4): the side whose answer is kept. */
  forced?: 'theirs' | 'yours';
};

/** What the person kept, per question id: the file's answer or this browser's. */
export type MergeDecisions = Readonly<Record<string, 'theirs' | 'yours'>>;

export type MergeResult =
  | {
      kind: 'merged';
      assessment: Assessment;
      /** What the incoming file brought, in plain English (empty when nothing). */
      changes: string[];
      /** Question ids whose answer was taken from the file. */
      taken: string[];
      /** True when some answer of the file was not kept (storage keeps the file's copy in History). */
      fileAnswersLeft: boolean;
    }
  | { kind: 'needs-decisions'; differences: AnswerDifference[] };

type Options = { base?: Assessment; decisions?: MergeDecisions; now?: Date };

/**
 * The answers the file brings changed, for the person to choose between (see rule 3), before anything
 * is stored. `base` as for mergeAssessments.
 */
export function answerDifferences(
  local: Assessment,
  incoming: Assessment,
  options: { base?: Assessment } = {},
): AnswerDifference[] {
  return compare(local, incoming, options.base).differences;
}

/**
 * `base`, if given: this browser's copy as it was when the common point's status change was made (the
 * EARLIEST stored snapshot whose latest status change is `commonPoint(local, incoming)`). Any other
 * base is ignored and the rule falls back to time.
 */
export function mergeAssessments(
  local: Assessment,
  incoming: Assessment,
  options: Options = {},
): MergeResult {
  if (local.id !== incoming.id) throw new Error('mergeAssessments needs two copies of the same assessment');
  const { differences, combined, base, history, latest } = compare(local, incoming, options.base);
  const decisions = options.decisions ?? {};
  const undecided = differences.filter((d) => !d.forced && !decisions[d.questionId]);
  if (undecided.length > 0) return { kind: 'needs-decisions', differences };

  const comments = mergeComments(local.comments, incoming.comments);
  const changes = describeCommentChanges(local.comments, comments);
  const newChanges = history.filter((c) => !local.statusHistory.some((l) => sameChange(l, c)));
  const bringer = newChanges.at(-1);
  const now = (options.now ?? new Date()).toISOString();

  const agreedSide = agreedOn(local, incoming, latest);
  const answers = { ...local.answers } as Record<string, unknown>;
  const taken: string[] = [];
  let left = false;
  if (agreedSide === 'incoming') Object.assign(answers, incoming.answers);
  for (const c of combined) {
    answers[c.questionId] = c.rows;
    taken.push(c.questionId);
  }
  for (const d of differences) {
    const keep = d.forced ?? decisions[d.questionId];
    if (keep === 'theirs') {
      answers[d.questionId] = d.theirs;
      taken.push(d.questionId);
    } else {
      // A table's "yours" may hold rows the file added (rule 6): kept too.
      if (!valuesEqual(d.yours, answers[d.questionId])) answers[d.questionId] = d.yours;
      left = true;
    }
  }
  const recorded: AnswerChange[] = taken.map((questionId) => ({
    id: `${questionId}@${incoming.updatedAt}`,
    questionId,
    by: bringer?.by ?? '',
    ...(roleOf(bringer) ? { role: roleOf(bringer)! } : {}),
    at: incoming.updatedAt,
    takenAt: now,
    previous: answerText((local.answers as Record<string, unknown>)[questionId]),
    revision: latest?.revision ?? local.revision,
  }));

  const whole = agreedSide === 'incoming' ? incoming : agreedSide === 'local' ? local : null;
  const merged: Assessment = {
    ...local,
    answers: answers as Assessment['answers'],
    completedSections: whole
      ? whole.completedSections
      : pick(local.completedSections, incoming.completedSections, base?.completedSections, sameSet),
    publication: whole ? whole.publication : mergePublication(local, incoming, base),
    updatedAt: later(local.updatedAt, incoming.updatedAt),
    status: latest?.status ?? local.status,
    revision: latest?.revision ?? Math.max(local.revision, incoming.revision),
    statusHistory: history,
    comments,
    answerChanges: mergeAnswerChanges(local.answerChanges ?? [], [
      ...(incoming.answerChanges ?? []),
      ...recorded,
    ]),
  };
  if (taken.length > 0) {
    changes.unshift(
      `${taken.length} ${taken.length === 1 ? 'answer' : 'answers'} taken from the file${bringer?.by ? ` (changed by ${bringer.by})` : ''}.`,
    );
  }
  if (combined.length > 0) {
    changes.unshift(
      `${combined.length === 1 ? 'The rows of 1 table were' : `The rows of ${combined.length} tables were`} combined from both copies.`,
    );
  }
  const agreedTaken = differences.filter((d) => d.forced === 'theirs').length;
  if (agreedTaken > 0) {
    changes.unshift(
      `The file’s copy was agreed, so its answers were taken: your ${agreedTaken === 1 ? 'answer' : `${agreedTaken} answers`} changed since ${agreedTaken === 1 ? 'is' : 'are'} kept in History.`,
    );
  }
  const keptHere = differences.length - taken.length;
  if (keptHere > 0) {
    changes.unshift(
      `${keptHere} ${keptHere === 1 ? 'answer' : 'answers'} kept as ${keptHere === 1 ? 'it is' : 'they are'} here; the file’s ${keptHere === 1 ? 'version is' : 'versions are'} kept in History.`,
    );
  }
  if (newChanges.length > 0 && merged.status !== local.status) {
    const last = newChanges[newChanges.length - 1]!;
    changes.unshift(`Status is now ${STATUS_LABELS[merged.status]}${last.by ? ` (by ${last.by})` : ''}.`);
  }
  return { kind: 'merged', assessment: merged, changes, taken, fileAnswersLeft: left };
}

function compare(local: Assessment, incoming: Assessment, givenBase: Assessment | undefined) {
  const common = commonPoint(local.statusHistory, incoming.statusHistory);
  const baseLast = givenBase?.statusHistory.at(-1);
  const base = common && baseLast && sameChange(baseLast, common) ? givenBase : undefined;
  const history = mergeHistory(local.statusHistory, incoming.statusHistory);
  const latest = history.at(-1);
  const agreedSide = agreedOn(local, incoming, latest);
  const localSince = common !== null && changedSince(local, common);
  const incomingSince = common !== null && changedSince(incoming, common);
  const mine = local.answers as Record<string, unknown>;
  const theirs = incoming.answers as Record<string, unknown>;
  const was = base?.answers as Record<string, unknown> | undefined;
  const differences: AnswerDifference[] = [];
  const combined: Array<{ questionId: string; rows: unknown }> = [];
  for (const key of unionKeys(mine, theirs)) {
    if (valuesEqual(mine[key], theirs[key])) continue;
    let changed: AnswerDifference['changed'];
    if (was) {
      const here = !valuesEqual(mine[key], was[key]);
      const there = !valuesEqual(theirs[key], was[key]);
      if (!there && agreedSide !== 'incoming') continue; // changed only here: kept, nothing to ask.
      changed = here && there ? 'both' : there ? 'theirs' : 'unknown';
    } else if (common !== null && localSince && !incomingSince) {
      if (agreedSide !== 'incoming') continue;
      changed = 'unknown';
    } else if (common !== null && incomingSince && !localSince) changed = 'theirs';
    else changed = 'unknown';
    const yourRows = mine[key];
    const theirRows = theirs[key];
    if (agreedSide === null && isTableRows(yourRows) && isTableRows(theirRows)) {
      const before = was && isTableRows(was[key]) ? was[key] : undefined;
      const rows = mergeTableRows(yourRows, theirRows, before);
      if (rows.clean) {
        if (!valuesEqual(rows.rows, yourRows)) combined.push({ questionId: key, rows: rows.rows });
      } else differences.push({ questionId: key, theirs: rows.theirs, yours: rows.yours, changed });
      continue;
    }
    const difference: AnswerDifference = { questionId: key, theirs: theirs[key], yours: mine[key], changed };
    if (agreedSide === 'incoming') difference.forced = 'theirs';
    else if (agreedSide === 'local') difference.forced = 'yours';
    differences.push(difference);
  }
  return { differences, combined, base, history, latest, common };
}

/** The side on which the latest change, Agreed, was made (when made on one side only). */
function agreedOn(
  local: Assessment,
  incoming: Assessment,
  latest: StatusChange | undefined,
): 'local' | 'incoming' | null {
  if (latest?.status !== 'agreed') return null;
  const here = local.statusHistory.some((c) => sameChange(c, latest));
  const there = incoming.statusHistory.some((c) => sameChange(c, latest));
  return here && !there ? 'local' : !here && there ? 'incoming' : null;
}

function roleOf(change: StatusChange | undefined): AnswerChange['role'] | undefined {
  if (!change) return undefined;
  if (change.status === 'returned' || change.status === 'agreed') return 'reviewer';
  if (change.status === 'ready-for-review') return 'assessor';
  return undefined;
}

/** Takes the file's value only when the file alone changed it since the common point. */
function pick<T>(mine: T, theirs: T, was: T | undefined, equal: (a: T, b: T) => boolean): T {
  if (equal(mine, theirs) || was === undefined) return mine;
  return equal(mine, was) ? theirs : mine;
}

function mergePublication(local: Assessment, incoming: Assessment, base: Assessment | undefined) {
  const out = { ...local.publication } as Record<string, unknown>;
  const theirs = incoming.publication as Record<string, unknown>;
  const was = base?.publication as Record<string, unknown> | undefined;
  for (const key of unionKeys(out, theirs)) {
    out[key] = pick(out[key], theirs[key], was ? was[key] : undefined, valuesEqual);
  }
  return out as Assessment['publication'];
}

export function mergeAnswerChanges(
  local: readonly AnswerChange[],
  incoming: readonly AnswerChange[],
): AnswerChange[] {
  const byId = new Map<string, AnswerChange>();
  for (const c of [...local, ...incoming]) if (!byId.has(c.id)) byId.set(c.id, c);
  return stableSortBy([...byId.values()], (c) => c.takenAt);
}

/** An answer as plain text, whatever its kind (text, a date's parts, rows, choices). */
export function answerText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(answerText).filter(Boolean).join('\n');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('day' in v && 'month' in v && 'year' in v) {
      return [v.day, v.month, v.year].map(answerText).every((p) => p.trim() === '')
        ? ''
        : [v.day, v.month, v.year].map(answerText).join('/');
    }
    return Object.entries(v)
      .map(([k, x]) => `${k}: ${answerText(x)}`)
      .join('\n');
  }
  return '';
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
    valuesEqual(a.answers, b.answers) &&
    sameSet(a.completedSections, b.completedSections) &&
    valuesEqual(a.publication, b.publication)
  );
}

/** Deep equality of plain data (answers of any kind), ignoring the order of object keys. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return unionKeys(x, y).every((k) => valuesEqual(x[k], y[k]));
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
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
