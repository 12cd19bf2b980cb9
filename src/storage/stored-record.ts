import { CURRENT_ASSESSMENT_SCHEMA_VERSION, assessmentSchema, type Assessment } from '@schemas/assessment.ts';
import { migrateAssessmentRecord } from '@schemas/migrations/assessment-migrations.ts';
import { type PlainRecord } from '@schemas/migrations/run-migrations.ts';
import { SUMMARY_VERSION, summariseAssessment } from '@/domain/assessment-summary.ts';
import { type SummaryRow } from './db.ts';
import { indexWords } from './search-words.ts';

/**
 * Between stored rows and the app: a stored record of an older shape is migrated as it is read (the Dexie
 * upgrade also migrates rows, but a snapshot or bin row may be older than the last upgrade).
 */
export function readStoredAssessment(stored: Assessment): Assessment {
  if (stored.schemaVersion === CURRENT_ASSESSMENT_SCHEMA_VERSION) return stored;
  const outcome = migrateAssessmentRecord(stored as unknown as PlainRecord);
  if (!outcome.ok)
    throw new Error(`A stored assessment could not be brought up to date (${outcome.reason}).`);
  return assessmentSchema.parse(outcome.value);
}

export function toSummaryRow(assessment: Assessment): SummaryRow {
  const summary = summariseAssessment(assessment);
  return {
    ...summary,
    summaryVersion: summary.summaryVersion ?? SUMMARY_VERSION,
    titleKey: summary.title.toLocaleLowerCase('en-GB'),
    searchWords: indexWords(summary.title, summary.assessorName),
  };
}
