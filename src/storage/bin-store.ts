import { type AssessmentSummary } from '@/domain/assessment-summary.ts';
import { type StorageContext } from './context.ts';
import { MissingError } from './storage-errors.ts';
import { readStoredAssessment, toSummaryRow } from './stored-record.ts';

/**
 * The bin (table `bin`): "Delete" moves an assessment here, with its summary, and takes it out of the
 * library; it can be put back, or deleted for good (which also deletes its history snapshots).
 */

export type BinEntry = { id: string; deletedAt: string; summary: AssessmentSummary };

export async function moveToBin(ctx: StorageContext, id: string): Promise<BinEntry> {
  const { db } = ctx;
  return db.transaction('rw', db.assessments, db.summaries, db.bin, async () => {
    const row = await db.assessments.get(id);
    if (!row) throw new MissingError(id);
    const assessment = readStoredAssessment(row.assessment);
    const entry = { id, deletedAt: ctx.now().toISOString(), summary: toSummaryRow(assessment) };
    await db.bin.put({ ...entry, assessment, writeVersion: row.writeVersion });
    await db.assessments.delete(id);
    await db.summaries.delete(id);
    return entry;
  });
}

/** Puts an assessment back in the library. Returns its id (a new one if the old id was reused meanwhile). */
export async function restoreFromBin(ctx: StorageContext, id: string): Promise<string> {
  const { db } = ctx;
  return db.transaction('rw', db.assessments, db.summaries, db.bin, async () => {
    const row = await db.bin.get(id);
    if (!row) throw new MissingError(id);
    const taken = await db.assessments.get(id);
    const assessment = readStoredAssessment(row.assessment);
    const restored = taken ? { ...assessment, id: crypto.randomUUID() } : assessment;
    await db.assessments.put({
      id: restored.id,
      assessment: restored,
      writeVersion: (row.writeVersion ?? 0) + 1,
      writtenBy: ctx.tabId,
    });
    await db.summaries.put(toSummaryRow(restored));
    await db.bin.delete(id);
    return restored.id;
  });
}

export async function deleteForGood(ctx: StorageContext, id: string): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.bin, db.snapshots, async () => {
    await db.bin.delete(id);
    await db.snapshots.where('assessmentId').equals(id).delete();
  });
}

export async function emptyBin(ctx: StorageContext): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', db.bin, db.snapshots, async () => {
    const ids = (await db.bin.toCollection().primaryKeys()) as string[];
    await db.snapshots.where('assessmentId').anyOf(ids).delete();
    await db.bin.clear();
    return ids.length;
  });
}

export async function listBin(
  ctx: StorageContext,
  { offset = 0, limit = 50 }: { offset?: number; limit?: number } = {},
): Promise<{ entries: BinEntry[]; total: number }> {
  const [total, rows] = await Promise.all([
    ctx.db.bin.count(),
    ctx.db.bin.orderBy('deletedAt').reverse().offset(offset).limit(limit).toArray(),
  ]);
  return {
    entries: rows.map(({ id, deletedAt, summary }) => ({ id, deletedAt, summary })),
    total,
  };
}
