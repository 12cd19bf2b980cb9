import { type Assessment } from '@schemas/assessment.ts';
import { CURRENT_ASSESSMENT_SCHEMA_VERSION } from '@schemas/plain/assessment.ts';
import { migrateAssessmentRecord } from '@schemas/migrations/assessment-migrations.ts';
import { type PlainRecord } from '@schemas/migrations/run-migrations.ts';
import { SUMMARY_VERSION, summariseAssessment } from '@/domain/assessment-summary.ts';
import { type SummaryRow } from './db.ts';
import { indexWords } from './search-words.ts';

/**
 * The record schema's parse (Zod), for records migrated from an older shape. Loaded the first time an
 * older record is met (loadRecordParser), so that opening an assessment, whose stored row is current,
 * loads no validation library (`npm run bench -- bundle`).
 */
let parseRecord: ((value: unknown) => Assessment) | undefined;

/**
 * Thrown by readStoredAssessment when a record of an older shape is met before the record parser is
 * loaded: nothing has been read or written (a transaction it is thrown in aborts). withRecordParser loads
 * the parser and runs the operation again.
 */
export class RecordParserNeeded extends Error {
  constructor() {
    super('A stored assessment of an older shape needs the record parser, which is not loaded yet.');
    this.name = 'RecordParserNeeded';
  }
}

/** Loads the record schema's parse (once). */
export async function loadRecordParser(): Promise<void> {
  if (parseRecord) return;
  const { assessmentSchema } = await import('@schemas/assessment.ts');
  parseRecord = (value) => assessmentSchema.parse(value);
}

function parserNeeded(error: unknown): boolean {
  for (let e = error; e; e = (e as { inner?: unknown }).inner)
    if (e instanceof RecordParserNeeded || (e as { name?: unknown }).name === 'RecordParserNeeded')
      return true;
  return false;
}

/**
 * Runs a storage operation that reads stored records; if it met a record of an older shape before the
 * record parser was loaded (it then read and wrote nothing), loads the parser and runs it again.
 */
export function withRecordParser<T>(run: () => Promise<T>): Promise<T> {
  // Chained on the operation's own promise (no await here): inside a Dexie liveQuery, awaiting anything
  // but Dexie's promises would stop the query being re-run on changes.
  return run().catch((error: unknown) => {
    if (!parserNeeded(error)) throw error;
    return loadRecordParser().then(run);
  });
}

/**
 * Between stored rows and the app: a stored record of an older shape is migrated as it is read (the Dexie
 * upgrade also migrates rows, but a snapshot or bin row may be older than the last upgrade), then checked
 * by the record schema (throws RecordParserNeeded when that is not loaded yet: see withRecordParser).
 */
export function readStoredAssessment(stored: Assessment): Assessment {
  if (stored.schemaVersion === CURRENT_ASSESSMENT_SCHEMA_VERSION) return stored;
  if (!parseRecord) throw new RecordParserNeeded();
  const outcome = migrateAssessmentRecord(stored as unknown as PlainRecord);
  if (!outcome.ok)
    throw new Error(`A stored assessment could not be brought up to date (${outcome.reason}).`);
  return parseRecord(outcome.value);
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
