import type { Language } from '@schemas/local-text.ts';
import Dexie, { type Table } from 'dexie';
import { type Assessment } from '@schemas/assessment.ts';
import { summariseAssessment, type AssessmentSummary } from '@/domain/assessment-summary.ts';
import {
  answerDifferences,
  commonPoint,
  mergeAssessments,
  sameChange,
  type AnswerDifference,
  type MergeDecisions,
  type MergeResult,
} from '@/domain/merge.ts';
import { snapshotRow } from './assessments-store.ts';
import { type StorageContext } from './context.ts';
import { type AssessmentRow } from './db.ts';
import { RefusedError } from './storage-errors.ts';
import { mapInSlices } from './files/slices.ts';
import { type SummaryRow } from './db.ts';
import { readStoredAssessment, toSummaryRow } from './stored-record.ts';

/**
 * Writing imported assessments (already parsed, migrated and validated by files/parse-eia-file.ts).
 * One transaction per file: either every assessment of the file is stored or none is. An id that is
 * already stored is never overwritten without the user's choice: replace it (the old version is kept in
 * its history) or keep both (the import gets a new id), or, when the file is the same assessment come
 * back from review (it shares a status change with the one here), bring in the other person's changes
 * (domain/merge.ts: comments, replies and status changes are united into the one record; each answer the
 * file brings changed is shown to the person, who keeps theirs or yours BEFORE anything is stored; the
 * file's copy goes to History whenever any of its answers is not kept, so nothing is lost).
 */

export type ImportConflict = {
  id: string;
  where: 'library' | 'bin';
  existing: AssessmentSummary;
  incoming: AssessmentSummary;
  /** The file's copy shares history (a status change) with the one here, so the two can be merged. */
  canMerge: boolean;
  /** When it can be merged: the answers the file brings changed, to keep one or the other. */
  differences: AnswerDifference[];
  /** The template the assessment was written on (for the questions' labels). */
  templateId: string;
  templateVersion: string;
};

/** Per assessment id: which answers to keep from the file ('theirs') or from here ('yours'). */
export type ImportDecisions = Readonly<Record<string, MergeDecisions>>;

export type ImportChoice = 'merge' | 'replace' | 'keep-both';

/** What was stored for one assessment of a file. */
export type StoredImport = {
  /** The id the file's assessment is stored under (a new id when both copies are kept). */
  id: string;
  /** Its title as the library shows it. */
  title: string;
  /** The language it is written in (its title is in it). */
  language?: Language;
  /** When the user chose to bring in the other person's changes: what the merge did. */
  merge?: Extract<MergeResult, { kind: 'merged' }>;
};

export async function findImportConflicts(
  ctx: StorageContext,
  assessments: readonly Assessment[],
): Promise<ImportConflict[]> {
  const [inLibraryIds, inBinIds] = await Promise.all([
    storedIds(ctx.db.summaries, assessments),
    storedIds(ctx.db.bin, assessments),
  ]);
  const clashing = assessments.filter((a) => inLibraryIds.has(a.id) || inBinIds.has(a.id));
  if (clashing.length === 0) return [];
  const ids = clashing.map((a) => a.id);
  const [inLibrary, inBin, rows] = await Promise.all([
    ctx.db.summaries.bulkGet(ids),
    ctx.db.bin.bulkGet(ids),
    ctx.db.assessments.bulkGet(ids),
  ]);
  const conflicts: ImportConflict[] = [];
  for (const [i, incoming] of clashing.entries()) {
    const library = inLibrary[i];
    const bin = inBin[i];
    const row = rows[i];
    const about = { templateId: incoming.templateId, templateVersion: incoming.templateVersion };
    if (library) {
      const local = row ? readStoredAssessment(row.assessment) : null;
      const canMerge = local !== null && commonPoint(local.statusHistory, incoming.statusHistory) !== null;
      let differences: AnswerDifference[] = [];
      if (local && canMerge) {
        const base = await findBase(ctx, local, incoming);
        differences = answerDifferences(local, incoming, base ? { base } : {});
      }
      conflicts.push({
        id: incoming.id,
        where: 'library',
        existing: library,
        incoming: summariseAssessment(incoming),
        canMerge,
        differences,
        ...about,
      });
    } else if (bin) {
      conflicts.push({
        id: incoming.id,
        where: 'bin',
        existing: bin.summary,
        incoming: summariseAssessment(incoming),
        canMerge: false,
        differences: [],
        ...about,
      });
    }
  }
  return conflicts;
}

/**
 * Which of the file's ids a table already holds. One request for the table's keys (a Set lookup each),
 * rather than a read per assessment: 10,000 separate reads block the page for seconds.
 */
async function storedIds<T>(
  table: Table<T, string>,
  assessments: readonly Assessment[],
): Promise<Set<string>> {
  const keys = new Set(await table.toCollection().primaryKeys());
  return new Set(assessments.filter((a) => keys.has(a.id)).map((a) => a.id));
}

/** Stores every assessment of one file, or none. Returns the ids as stored (a "keep both" gets a new id). */
export async function importAssessments(
  ctx: StorageContext,
  assessments: readonly Assessment[],
  choices: Readonly<Record<string, ImportChoice>> = {},
  decisions: ImportDecisions = {},
): Promise<string[]> {
  return (await importAssessmentsWithOutcome(ctx, assessments, choices, undefined, decisions)).map(
    (s) => s.id,
  );
}

/** How far storing a file has got: summaries made, then assessments written, of the file's total. */
export type StoreProgress = { phase: 'summarising' | 'writing'; done: number; total: number };

/** Assessments written to IndexedDB per request: each awaited batch gives the browser a turn. */
const WRITE_BATCH = 100;

/**
 * As importAssessments, with what each merge did. The library rows (summaries, with their findings) are
 * made first, a slice at a time, outside the transaction (an IndexedDB transaction closes when nothing is
 * pending, so it cannot wait for the browser's turn); then one transaction reads what is already stored
 * and writes the file in batches, all or nothing.
 */
export async function importAssessmentsWithOutcome(
  ctx: StorageContext,
  assessments: readonly Assessment[],
  choices: Readonly<Record<string, ImportChoice>> = {},
  onProgress?: (progress: StoreProgress) => void,
  decisions: ImportDecisions = {},
): Promise<StoredImport[]> {
  const { db } = ctx;
  const total = assessments.length;
  const summaries = await mapInSlices(assessments, toSummaryRow, (done) =>
    onProgress?.({ phase: 'summarising', done, total }),
  );
  const ids = assessments.map((a) => a.id);
  return db.transaction('rw', [db.assessments, db.summaries, db.snapshots, db.bin], async () => {
    const [inLibrary, inBin] = await Promise.all([
      storedIds(db.assessments, assessments),
      storedIds(db.bin, assessments),
    ]);
    const clashing = ids.filter((id) => inLibrary.has(id) || inBin.has(id));
    const [clashRows, clashBinned] = await Promise.all([
      db.assessments.bulkGet(clashing),
      db.bin.bulkGet(clashing),
    ]);
    const existingById = new Map(clashing.map((id, i) => [id, clashRows[i]] as const));
    const binnedById = new Map(clashing.map((id, i) => [id, clashBinned[i]] as const));
    const stored: StoredImport[] = [];
    const fresh: AssessmentRow[] = [];
    const freshSummaries: SummaryRow[] = [];
    for (let i = 0; i < total; i++) {
      const incoming = assessments[i]!;
      const existing = existingById.get(incoming.id);
      const binned = binnedById.get(incoming.id);
      const summary = summaries[i]!;
      if (!existing && !binned) {
        fresh.push({ id: incoming.id, assessment: incoming, writeVersion: 1, writtenBy: ctx.tabId });
        freshSummaries.push(summary);
        stored.push({ id: incoming.id, title: summary.title, language: summary.language ?? 'en' });
        continue;
      }
      const choice = choices[incoming.id];
      if (!choice) {
        throw new RefusedError(
          `An assessment with the same id as "${summary.title}" was stored while you were choosing. Import the file again.`,
          { code: 'importIdTaken', values: { title: summary.title } },
        );
      }
      if (choice === 'merge') {
        if (!existing) {
          throw new RefusedError(
            `"${summary.title}" is in the bin, so the file cannot be merged into it. Put it back first, or choose to replace it or keep both.`,
            { code: 'importInBin', values: { title: summary.title } },
          );
        }
        stored.push(await mergeInto(ctx, existing, incoming, decisions[incoming.id] ?? {}));
        continue;
      }
      let record = incoming;
      let writeVersion = 1;
      if (choice === 'keep-both') {
        record = { ...incoming, id: crypto.randomUUID() };
      } else if (existing) {
        const old = readStoredAssessment(existing.assessment);
        await db.snapshots.add(snapshotRow(old, 'before-import', ctx.now().toISOString()));
        writeVersion = existing.writeVersion + 1;
      } else if (binned) {
        // The binned version goes to History first, as a replaced stored one does: nothing is lost.
        const old = readStoredAssessment(binned.assessment);
        await db.snapshots.add(snapshotRow(old, 'before-import', ctx.now().toISOString()));
        await db.bin.delete(incoming.id);
        writeVersion = binned.writeVersion + 1;
      }
      await db.assessments.put({ id: record.id, assessment: record, writeVersion, writtenBy: ctx.tabId });
      await db.summaries.put(record === incoming ? summary : toSummaryRow(record));
      stored.push({ id: record.id, title: summary.title, language: summary.language ?? 'en' });
    }
    for (let from = 0; from < fresh.length; from += WRITE_BATCH) {
      await db.assessments.bulkPut(fresh.slice(from, from + WRITE_BATCH));
      await db.summaries.bulkPut(freshSummaries.slice(from, from + WRITE_BATCH));
      onProgress?.({
        phase: 'writing',
        done: Math.min(fresh.length, from + WRITE_BATCH),
        total: fresh.length,
      });
    }
    return stored;
  });
}

/** Inside the import transaction: merges the file's copy into the stored one (see domain/merge.ts). */
async function mergeInto(
  ctx: StorageContext,
  existing: AssessmentRow,
  incoming: Assessment,
  decisions: MergeDecisions,
): Promise<StoredImport> {
  const { db } = ctx;
  const local = readStoredAssessment(existing.assessment);
  const base = await findBase(ctx, local, incoming);
  const now = ctx.now();
  const merge = mergeAssessments(local, incoming, { ...(base ? { base } : {}), decisions, now });
  if (merge.kind === 'needs-decisions') {
    throw new RefusedError(
      `"${summariseAssessment(incoming).title}" was changed in this browser while you were choosing. Import the file again to see its answers beside the ones here.`,
      { code: 'importChanged', values: { title: summariseAssessment(incoming).title } },
    );
  }
  await db.snapshots.add(snapshotRow(local, 'before-import', now.toISOString()));
  // An answer of the file that was not kept stays in History, with the rest of the file's copy.
  if (merge.fileAnswersLeft) await db.snapshots.add(snapshotRow(incoming, 'from-file', now.toISOString()));
  await write(ctx, merge.assessment, existing.writeVersion + 1);
  const summary = summariseAssessment(merge.assessment);
  return { id: local.id, title: summary.title, language: summary.language ?? 'en', merge };
}

async function write(ctx: StorageContext, record: Assessment, writeVersion: number): Promise<void> {
  await ctx.db.assessments.put({ id: record.id, assessment: record, writeVersion, writtenBy: ctx.tabId });
  await ctx.db.summaries.put(toSummaryRow(record));
}

/**
 * This browser's copy as it was at the common point: the earliest snapshot taken when this browser made
 * that status change (its content is exactly what was sent or returned). A common point made in the
 * other browser has no such snapshot here, and the merge falls back to comparing times (safe: it can
 * only report more conflicts).
 */
async function findBase(
  ctx: StorageContext,
  local: Assessment,
  incoming: Assessment,
): Promise<Assessment | undefined> {
  const common = commonPoint(local.statusHistory, incoming.statusHistory);
  if (!common) return undefined;
  const rows = await ctx.db.snapshots
    .where('[assessmentId+takenAt]')
    .between([local.id, Dexie.minKey], [local.id, Dexie.maxKey])
    .toArray();
  for (const row of rows) {
    if (row.reason !== 'status-change') continue;
    const snapshot = readStoredAssessment(row.assessment);
    const last = snapshot.statusHistory.at(-1);
    if (last && sameChange(last, common)) return snapshot;
  }
  return undefined;
}
