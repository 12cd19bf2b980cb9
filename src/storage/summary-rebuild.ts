import { type StorageContext } from './context.ts';
import { type SummaryRow } from './db.ts';
import { readStoredAssessment, toSummaryRow } from './stored-record.ts';

/**
 * Rebuilds every summary row from the full records (library-queries.ts `summariesStale` says when): after
 * SUMMARY_VERSION changed, or when the two tables disagree in size.
 */
export async function rebuildSummaries(ctx: StorageContext): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.assessments, db.summaries, async () => {
    await db.summaries.clear();
    let batch: SummaryRow[] = [];
    await db.assessments.each((row) => {
      batch.push(toSummaryRow(readStoredAssessment(row.assessment)));
      if (batch.length >= 500) {
        void db.summaries.bulkPut(batch);
        batch = [];
      }
    });
    if (batch.length > 0) await db.summaries.bulkPut(batch);
  });
}
