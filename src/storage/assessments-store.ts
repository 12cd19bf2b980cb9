import { questionWithRole } from '@schemas/plain/answers.ts';
import { answerHasContent, helpersOf } from '@schemas/kinds/helpers.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import Dexie from 'dexie';
import { assessmentLanguage } from '@schemas/plain/assessment.ts';
import { type Assessment } from '@schemas/assessment.ts';
import { summariseAssessment } from '@/domain/assessment-summary.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { MAX_EDITING_SNAPSHOTS, SNAPSHOT_INTERVAL_MS, type StorageContext } from './context.ts';
import { type AssessmentRow, type SnapshotReason, type SnapshotRow } from './db.ts';
import { ConflictError, MissingError } from './storage-errors.ts';
import { readStoredAssessment, toSummaryRow } from './stored-record.ts';

/**
 * Stores full assessment records (table `assessments`) and keeps each one's summary row and history
 * snapshots in step, in one transaction per write. Every write checks `writeVersion`, so a tab never
 * overwrites a version it has not seen (see storage-errors.ts ConflictError).
 */

export type LoadedAssessment = { assessment: Assessment; writeVersion: number; writtenBy: string };

export async function getAssessment(ctx: StorageContext, id: string): Promise<LoadedAssessment | undefined> {
  const row = await ctx.db.assessments.get(id);
  if (!row) return undefined;
  return {
    assessment: readStoredAssessment(row.assessment),
    writeVersion: row.writeVersion,
    writtenBy: row.writtenBy,
  };
}

export async function createStoredAssessment(
  ctx: StorageContext,
  assessment: Assessment,
): Promise<LoadedAssessment> {
  const row: AssessmentRow = { id: assessment.id, assessment, writeVersion: 1, writtenBy: ctx.tabId };
  await ctx.db.transaction('rw', ctx.db.assessments, ctx.db.summaries, async () => {
    await ctx.db.assessments.add(row);
    await ctx.db.summaries.put(toSummaryRow(assessment));
  });
  return { assessment, writeVersion: 1, writtenBy: ctx.tabId };
}

export function snapshotRow(
  assessment: Assessment,
  reason: SnapshotReason,
  takenAt: string,
  detail?: string,
): SnapshotRow {
  return {
    id: crypto.randomUUID(),
    assessmentId: assessment.id,
    takenAt,
    editedAt: assessment.updatedAt,
    reason,
    ...(detail === undefined ? {} : { detail }),
    summary: summariseAssessment(assessment),
    assessment,
  };
}

function sameContent(a: Assessment, b: Assessment): boolean {
  return (
    JSON.stringify(a.answers) === JSON.stringify(b.answers) &&
    JSON.stringify(a.completedSections) === JSON.stringify(b.completedSections)
  );
}

function hasAnyAnswer(a: Assessment): boolean {
  return Object.values(a.answers).some(answerHasContent);
}

/** Inside a write transaction: the history kept when `previous` becomes `next`. */
async function keepHistory(ctx: StorageContext, previous: Assessment, next: Assessment): Promise<void> {
  const { snapshots } = ctx.db;
  // Comparing the content serialises every answer twice: done only when its outcome matters (a status
  // change, or no snapshot within the interval), not at every autosave while someone types.
  const contentChanged = () => !sameContent(previous, next) && hasAnyAnswer(previous);
  const at = ctx.now().toISOString();
  if (previous.status !== next.status) {
    // A status change is a milestone: keep what was there before (if the text changed too) and what was sent.
    const justBefore = new Date(Date.parse(at) - 1).toISOString();
    if (contentChanged()) await snapshots.add(snapshotRow(previous, 'while-editing', justBefore));
    await snapshots.add(snapshotRow(next, 'status-change', at, next.status));
    return;
  }
  const range = snapshots
    .where('[assessmentId+takenAt]')
    .between([next.id, Dexie.minKey], [next.id, Dexie.maxKey]);
  const latest = await range.last();
  if (latest && Date.parse(at) - Date.parse(latest.takenAt) < SNAPSHOT_INTERVAL_MS) return;
  if (!contentChanged()) return;
  // Keep the version being replaced, as it was when last edited: "go back to how it was this morning".
  await snapshots.add(snapshotRow(previous, 'while-editing', at));
  const editing = (await range.toArray()).filter((s) => s.reason === 'while-editing');
  if (editing.length > MAX_EDITING_SNAPSHOTS) {
    await snapshots.bulkDelete(editing.slice(0, editing.length - MAX_EDITING_SNAPSHOTS).map((s) => s.id));
  }
}

/**
 * Saves `next` if the stored row is still at `expectedWriteVersion` (what this tab last read or wrote);
 * otherwise throws ConflictError and writes nothing. Returns the new write version.
 */
export async function saveAssessment(
  ctx: StorageContext,
  next: Assessment,
  expectedWriteVersion: number,
): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', db.assessments, db.summaries, db.snapshots, async () => {
    const row = await db.assessments.get(next.id);
    if (!row) throw new MissingError(next.id);
    if (row.writeVersion !== expectedWriteVersion) {
      throw new ConflictError(next.id, row.writeVersion, row.assessment.updatedAt);
    }
    await keepHistory(ctx, readStoredAssessment(row.assessment), next);
    const writeVersion = row.writeVersion + 1;
    await db.assessments.put({ id: next.id, assessment: next, writeVersion, writtenBy: ctx.tabId });
    await db.summaries.put(toSummaryRow(next));
    return writeVersion;
  });
}

/**
 * The last-moment save, for when the page is being hidden or closed: issued synchronously, as plain puts
 * (no read first) on the raw IndexedDB connection, and committed at once, because a page that is going
 * away gets no more tasks in which a read could answer. The caller checks for other tabs' writes itself
 * (from what it has seen). Returns null when it cannot be issued (database closed or not open yet).
 */
export function saveAssessmentNow(
  ctx: StorageContext,
  next: Assessment,
  expectedWriteVersion: number,
): { writeVersion: number; done: Promise<void> } | null {
  return rawWrite(
    ctx,
    (tx) => {
      const writeVersion = expectedWriteVersion + 1;
      const row: AssessmentRow = { id: next.id, assessment: next, writeVersion, writtenBy: ctx.tabId };
      tx.objectStore('assessments').put(row);
      tx.objectStore('summaries').put(toSummaryRow(next));
      return writeVersion;
    },
    ['assessments', 'summaries'],
  );
}

/** The last-moment save when another tab has changed the assessment: this tab's text goes to its history. */
export function keepInHistoryNow(ctx: StorageContext, mine: Assessment): { done: Promise<void> } | null {
  return rawWrite(
    ctx,
    (tx) => {
      tx.objectStore('snapshots').put(snapshotRow(mine, 'other-tab-version', ctx.now().toISOString()));
      return 0;
    },
    ['snapshots'],
  );
}

function rawWrite(
  ctx: StorageContext,
  write: (tx: IDBTransaction) => number,
  stores: string[],
): { writeVersion: number; done: Promise<void> } | null {
  if (!ctx.db.isOpen()) return null;
  try {
    const tx = ctx.db.backendDB().transaction(stores, 'readwrite');
    const writeVersion = write(tx);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new DOMException('The save was aborted.', 'AbortError'));
    });
    tx.commit?.();
    return { writeVersion, done };
  } catch {
    return null;
  }
}

/**
 * After a refused save: keep the other tab's stored version in history and save this tab's text over it
 * ("keep my version"), or keep this tab's text in history and return the stored version ("use the other").
 * Either way both texts stay available on the History page.
 */
export async function resolveConflict(
  ctx: StorageContext,
  mine: Assessment,
  choice: 'keep-mine' | 'use-theirs',
): Promise<LoadedAssessment> {
  const { db } = ctx;
  return db.transaction('rw', db.assessments, db.summaries, db.snapshots, async () => {
    const row = await db.assessments.get(mine.id);
    if (!row) throw new MissingError(mine.id);
    const theirs = readStoredAssessment(row.assessment);
    const at = ctx.now().toISOString();
    if (choice === 'use-theirs') {
      await db.snapshots.add(snapshotRow(mine, 'other-tab-version', at));
      return { assessment: theirs, writeVersion: row.writeVersion, writtenBy: row.writtenBy };
    }
    await db.snapshots.add(snapshotRow(theirs, 'other-tab-version', at));
    const next: Assessment = { ...mine, updatedAt: at };
    const writeVersion = row.writeVersion + 1;
    await db.assessments.put({ id: next.id, assessment: next, writeVersion, writtenBy: ctx.tabId });
    await db.summaries.put(toSummaryRow(next));
    return { assessment: next, writeVersion, writtenBy: ctx.tabId };
  });
}

/** A new draft that starts from an earlier assessment's answers (a new id, no history, no comments). */
export async function copyAssessment(ctx: StorageContext, id: string): Promise<Assessment> {
  const source = await getAssessment(ctx, id);
  if (!source) throw new MissingError(id);
  const original = source.assessment;
  const template = findTemplate(original.templateId, original.templateVersion);
  const titleQuestion = template && questionWithRole(template, 'title');
  const agreedQuestion = template && questionWithRole(template, 'date-agreed');
  const answers = { ...original.answers };
  if (titleQuestion) {
    const title = answers[titleQuestion.id];
    if (typeof title === 'string' && title.trim() !== '') answers[titleQuestion.id] = `Copy of ${title}`;
  }
  if (agreedQuestion) answers[agreedQuestion.id] = helpersOf(agreedQuestion).empty(agreedQuestion);
  const copy = createAssessment({
    now: ctx.now(),
    answers,
    publication: original.publication,
    language: assessmentLanguage(original),
    ...(template ? { template } : {}),
  });
  const completed = { ...copy, completedSections: [...original.completedSections] };
  await createStoredAssessment(ctx, completed);
  return completed;
}

export async function allAssessments(ctx: StorageContext): Promise<Assessment[]> {
  const rows = await ctx.db.assessments.toArray();
  return rows.map((r) => readStoredAssessment(r.assessment));
}
