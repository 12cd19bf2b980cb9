import { type Assessment } from '@schemas/assessment.ts';
import { summariseAssessment, type AssessmentSummary } from '@/domain/assessment-summary.ts';
import { snapshotRow } from './assessments-store.ts';
import { type StorageContext } from './context.ts';
import { RefusedError } from './storage-errors.ts';
import { readStoredAssessment, toSummaryRow } from './stored-record.ts';

/**
 * Writing imported assessments (already parsed, migrated and validated by files/parse-eia-file.ts).
 * One transaction per file: either every assessment of the file is stored or none is. An id that is
 * already stored is never overwritten without the user's choice: replace it (the old version is kept in
 * its history) or keep both (the import gets a new id).
 */

export type ImportConflict = {
  id: string;
  where: 'library' | 'bin';
  existing: AssessmentSummary;
  incoming: AssessmentSummary;
};

export type ImportChoice = 'replace' | 'keep-both';

export async function findImportConflicts(
  ctx: StorageContext,
  assessments: readonly Assessment[],
): Promise<ImportConflict[]> {
  const ids = assessments.map((a) => a.id);
  const [inLibrary, inBin] = await Promise.all([ctx.db.summaries.bulkGet(ids), ctx.db.bin.bulkGet(ids)]);
  const conflicts: ImportConflict[] = [];
  assessments.forEach((incoming, i) => {
    const library = inLibrary[i];
    const bin = inBin[i];
    if (library) {
      conflicts.push({
        id: incoming.id,
        where: 'library',
        existing: library,
        incoming: summariseAssessment(incoming),
      });
    } else if (bin) {
      conflicts.push({
        id: incoming.id,
        where: 'bin',
        existing: bin.summary,
        incoming: summariseAssessment(incoming),
      });
    }
  });
  return conflicts;
}

/** Stores every assessment of one file, or none. Returns the ids as stored (a "keep both" gets a new id). */
export async function importAssessments(
  ctx: StorageContext,
  assessments: readonly Assessment[],
  choices: Readonly<Record<string, ImportChoice>> = {},
): Promise<string[]> {
  const { db } = ctx;
  return db.transaction('rw', [db.assessments, db.summaries, db.snapshots, db.bin], async () => {
    const stored: string[] = [];
    for (const incoming of assessments) {
      const [existing, binned] = await Promise.all([
        db.assessments.get(incoming.id),
        db.bin.get(incoming.id),
      ]);
      const choice = choices[incoming.id];
      let record = incoming;
      let writeVersion = 1;
      if (existing || binned) {
        if (!choice) {
          throw new RefusedError(
            `An assessment with the same id as "${summariseAssessment(incoming).title}" was stored while you were choosing. Import the file again.`,
          );
        }
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
      }
      await db.assessments.put({ id: record.id, assessment: record, writeVersion, writtenBy: ctx.tabId });
      await db.summaries.put(toSummaryRow(record));
      stored.push(record.id);
    }
    return stored;
  });
}
