/**
 * The one way an old shape becomes the current shape: a chain of numbered migrations, each taking a
 * plain object of version n to version n + 1. Used for stored assessment records (IndexedDB), for the
 * assessments inside `.eia.json` files and for the file envelope itself.
 *
 * A migration works on plain JSON data (never a class, never a Date), must not drop anything the user
 * typed, and is frozen once released: a later change adds a new migration instead of editing an old one.
 */

export type PlainRecord = Record<string, unknown>;

export type Migration = {
  /** The version this migration reads. */
  from: number;
  /** Always `from + 1`. */
  to: number;
  /** What changed, in a sentence (shown in tests and kept as the history of the shape). */
  description: string;
  migrate: (input: PlainRecord) => PlainRecord;
};

export type MigrationOutcome =
  | { ok: true; value: PlainRecord; fromVersion: number; applied: string[] }
  | { ok: false; reason: 'missing-version'; found: unknown }
  | { ok: false; reason: 'newer-version'; version: number; current: number }
  | { ok: false; reason: 'unknown-version'; version: number; current: number }
  | { ok: false; reason: 'migration-failed'; version: number; description: string; error: unknown };

/** Checks a chain is contiguous (1 → 2 → … → current); throws at start-up when a developer breaks it. */
export function assertMigrationChain(migrations: readonly Migration[], first: number, current: number): void {
  let expected = first;
  for (const m of migrations) {
    if (m.from !== expected || m.to !== m.from + 1) {
      throw new Error(
        `Migration chain broken at "${m.description}": expected ${expected} → ${expected + 1}.`,
      );
    }
    expected = m.to;
  }
  if (expected !== current) {
    throw new Error(`Migrations end at version ${expected} but the current version is ${current}.`);
  }
}

/**
 * Brings `input` (a plain object carrying `versionField`) up to `current`. Never mutates its input.
 * `first` is the oldest version this app was ever released with; anything older is unknown.
 */
export function runMigrations(
  input: PlainRecord,
  options: { versionField: string; migrations: readonly Migration[]; first: number; current: number },
): MigrationOutcome {
  const { versionField, migrations, first, current } = options;
  const found = input[versionField];
  if (typeof found !== 'number' || !Number.isInteger(found)) {
    return { ok: false, reason: 'missing-version', found };
  }
  if (found > current) return { ok: false, reason: 'newer-version', version: found, current };
  if (found < first) return { ok: false, reason: 'unknown-version', version: found, current };
  let value: PlainRecord = structuredClone(input);
  const applied: string[] = [];
  for (const migration of migrations) {
    if (migration.from < found) continue;
    try {
      value = { ...migration.migrate(value), [versionField]: migration.to };
    } catch (error) {
      return {
        ok: false,
        reason: 'migration-failed',
        version: migration.from,
        description: migration.description,
        error,
      };
    }
    applied.push(migration.description);
  }
  return { ok: true, value, fromVersion: found, applied };
}
