import { describe, expect, it } from 'vitest';
import { assertMigrationChain, runMigrations, type Migration } from '@schemas/migrations/run-migrations.ts';

// A made-up chain (not the app's: the app's first shape is version 1 and has no migrations yet), to prove
// the runner applies numbered steps in order, from whatever version a record has, without touching its input.
const chain: Migration[] = [
  {
    from: 1,
    to: 2,
    description: 'Split name into first and last',
    migrate: ({ name, ...rest }) => {
      const [first = '', ...last] = String(name).split(' ');
      return { ...rest, first, last: last.join(' ') };
    },
  },
  { from: 2, to: 3, description: 'Add notes', migrate: (r) => ({ ...r, notes: [] }) },
];
const options = { versionField: 'v', migrations: chain, first: 1, current: 3 };

describe('runMigrations', () => {
  it('brings a version 1 record to the current version through every step in order', () => {
    const input = { v: 1, name: 'Siân Ŵyn Jones' };
    const outcome = runMigrations(input, options);
    expect(outcome).toEqual({
      ok: true,
      value: { v: 3, first: 'Siân', last: 'Ŵyn Jones', notes: [] },
      fromVersion: 1,
      applied: ['Split name into first and last', 'Add notes'],
    });
    expect(input).toEqual({ v: 1, name: 'Siân Ŵyn Jones' });
  });

  it('starts from the version the record has', () => {
    const outcome = runMigrations({ v: 2, first: 'A', last: 'B' }, options);
    expect(outcome.ok && outcome.value).toEqual({ v: 3, first: 'A', last: 'B', notes: [] });
  });

  it('leaves a current record as it is', () => {
    const outcome = runMigrations({ v: 3, first: 'A', last: 'B', notes: ['x'] }, options);
    expect(outcome.ok && outcome.value).toEqual({ v: 3, first: 'A', last: 'B', notes: ['x'] });
    expect(outcome.ok && outcome.applied).toEqual([]);
  });

  it('refuses a record from a newer version, one with no version and one older than any release', () => {
    expect(runMigrations({ v: 4 }, options)).toEqual({
      ok: false,
      reason: 'newer-version',
      version: 4,
      current: 3,
    });
    expect(runMigrations({ v: '1' }, options)).toEqual({ ok: false, reason: 'missing-version', found: '1' });
    expect(runMigrations({ v: 0 }, options)).toEqual({
      ok: false,
      reason: 'unknown-version',
      version: 0,
      current: 3,
    });
  });

  it('reports a step that throws instead of half-migrating', () => {
    const failing: Migration[] = [
      {
        from: 1,
        to: 2,
        description: 'Boom',
        migrate: () => {
          throw new Error('no');
        },
      },
    ];
    const outcome = runMigrations({ v: 1 }, { ...options, migrations: failing, current: 2 });
    expect(outcome).toMatchObject({ ok: false, reason: 'migration-failed', version: 1, description: 'Boom' });
  });
});

describe('assertMigrationChain', () => {
  it('accepts a contiguous chain and rejects gaps or a chain that stops short', () => {
    expect(() => assertMigrationChain(chain, 1, 3)).not.toThrow();
    expect(() => assertMigrationChain([chain[1]!], 1, 3)).toThrow(/broken/);
    expect(() => assertMigrationChain(chain, 1, 4)).toThrow(/end at version 3/);
    expect(() => assertMigrationChain([], 1, 1)).not.toThrow();
  });
});
