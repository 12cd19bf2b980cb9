import { CURRENT_ENVELOPE_FORMAT_VERSION } from '../plain/envelope.ts';
import {
  assertMigrationChain,
  type Migration,
  type MigrationOutcome,
  type PlainRecord,
  runMigrations,
} from './run-migrations.ts';

/**
 * Migrations of the `.eia.json` file envelope (schemas/envelope.ts): format name, format version,
 * templates, exported-at and the list of assessments. The assessments inside are migrated separately
 * (assessment-migrations.ts), because each carries its own schemaVersion.
 *
 * Version 1 is the first released format, so the list is empty. To change the envelope: freeze an
 * exported file of the current format in tests/fixtures/envelope/, bump CURRENT_ENVELOPE_FORMAT_VERSION,
 * add a numbered Migration { from: N, to: N + 1 } here and run the tests.
 */
export const FIRST_ENVELOPE_FORMAT_VERSION = 1;

export const envelopeMigrations: readonly Migration[] = [];

assertMigrationChain(envelopeMigrations, FIRST_ENVELOPE_FORMAT_VERSION, CURRENT_ENVELOPE_FORMAT_VERSION);

export function migrateEnvelope(input: PlainRecord): MigrationOutcome {
  return runMigrations(input, {
    versionField: 'formatVersion',
    migrations: envelopeMigrations,
    first: FIRST_ENVELOPE_FORMAT_VERSION,
    current: CURRENT_ENVELOPE_FORMAT_VERSION,
  });
}
