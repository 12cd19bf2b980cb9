import { CURRENT_ASSESSMENT_SCHEMA_VERSION } from '../plain/assessment.ts';
import { addNoLongerAsked } from './assessment/001-no-longer-asked.ts';
import {
  assertMigrationChain,
  type Migration,
  type MigrationOutcome,
  type PlainRecord,
  runMigrations,
} from './run-migrations.ts';

/**
 * Migrations of the assessment record (schemas/assessment.ts), the shape stored in IndexedDB and
 * carried in `.eia.json` files. Version 1 is the first released shape.
 *
 * To change the record's shape:
 *   1. copy a real record of the current shape to tests/fixtures/assessment/v<N>.json (frozen: never edit it);
 *   2. bump CURRENT_ASSESSMENT_SCHEMA_VERSION in schemas/assessment.ts and change the schema;
 *   3. add `schemas/migrations/assessment/00<N>-<what-changed>.ts` exporting a Migration { from: N, to: N + 1 }
 *      and append it below;
 *   4. stored rows are migrated as they are read (src/storage/stored-record.ts), so a Dexie version is needed
 *      only when an index or store changes (1 → 2 needed none);
 *   5. run the tests: every fixture must open with no answer lost.
 */
export const FIRST_ASSESSMENT_SCHEMA_VERSION = 1;

export const assessmentMigrations: readonly Migration[] = [addNoLongerAsked];

assertMigrationChain(
  assessmentMigrations,
  FIRST_ASSESSMENT_SCHEMA_VERSION,
  CURRENT_ASSESSMENT_SCHEMA_VERSION,
);

export function migrateAssessmentRecord(input: PlainRecord): MigrationOutcome {
  return runMigrations(input, {
    versionField: 'schemaVersion',
    migrations: assessmentMigrations,
    first: FIRST_ASSESSMENT_SCHEMA_VERSION,
    current: CURRENT_ASSESSMENT_SCHEMA_VERSION,
  });
}
