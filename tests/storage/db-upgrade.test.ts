// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_ASSESSMENT_SCHEMA_VERSION } from '@schemas/assessment.ts';
import { forgetLearntTemplates } from '@schemas/templates/index.ts';
import { EiaDatabase } from '@/storage/db.ts';
import { createRepository } from '@/storage/repository.ts';
import { smallTemplate } from '../template-builders.ts';
import { testDatabase } from './support.ts';

/**
 * Every database this app has ever created must open in the current app with nothing lost.
 * tests/fixtures/db/v<N>.json is a frozen dump of a database at Dexie version N; FROZEN_STORES[N] is the
 * exact `stores()` declaration of that version, copied here so that a later edit of src/storage/db.ts
 * cannot change what "version N" means in this test.
 */
const FROZEN_STORES: Record<number, Record<string, string>> = {
  1: {
    assessments: '&id',
    summaries:
      '&id, updatedAt, [status+updatedAt], titleKey, [status+titleKey], *searchWords, summaryVersion',
    snapshots: '&id, assessmentId, [assessmentId+takenAt]',
    bin: '&id, deletedAt',
    settings: '&key',
  },
};

type Dump = { dexieVersion: number; tables: Record<string, Array<Record<string, unknown>>> };

const dir = fileURLToPath(new URL('../fixtures/db/', import.meta.url));
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, dump: JSON.parse(readFileSync(dir + f, 'utf8')) as Dump }));

function typedTexts(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.trim() !== '') out.push(v);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out.sort();
}

async function writeOldDatabase(name: string, dump: Dump) {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(dump.dexieVersion).stores(FROZEN_STORES[dump.dexieVersion]!);
  await old.open();
  for (const [table, rows] of Object.entries(dump.tables)) await old.table(table).bulkPut(rows);
  old.close();
}

describe('opening databases written by earlier versions', () => {
  afterEach(() => forgetLearntTemplates());

  it('has a frozen store declaration for every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const { dump } of fixtures) expect(FROZEN_STORES[dump.dexieVersion]).toBeDefined();
  });

  it.each(fixtures)(
    'opens $name with every answer, snapshot, bin entry and setting kept',
    async ({ dump }) => {
      const name = `upgrade-${crypto.randomUUID()}`;
      await writeOldDatabase(name, dump);
      const repo = createRepository(testDatabase(name), { tabId: 'now' });

      for (const row of dump.tables.assessments ?? []) {
        const loaded = await repo.get(String(row.id));
        expect(typedTexts(loaded?.assessment.answers)).toEqual(
          typedTexts((row.assessment as { answers: unknown }).answers),
        );
      }
      const page = await repo.listSummaries();
      expect(page.total).toBe(dump.tables.assessments?.length);

      for (const snap of dump.tables.snapshots ?? []) {
        const history = await repo.listSnapshots(String(snap.assessmentId));
        const kept = history.find((s) => s.id === snap.id);
        expect(typedTexts(kept?.assessment.answers)).toEqual(
          typedTexts((snap.assessment as { answers: unknown }).answers),
        );
      }
      const bin = await repo.listBin();
      expect(bin.entries.map((e) => e.id).sort()).toEqual(
        (dump.tables.bin ?? []).map((r) => String(r.id)).sort(),
      );
      for (const row of dump.tables.bin ?? []) {
        const id = await repo.restoreFromBin(String(row.id));
        const restored = await repo.get(id);
        expect(typedTexts(restored?.assessment.answers)).toEqual(
          typedTexts((row.assessment as { answers: unknown }).answers),
        );
      }
      for (const row of dump.tables.settings ?? []) {
        expect(await repo.getSetting(row.key as 'lastBackupAt')).toEqual(row.value);
      }
      // Upgraded to today's database: every later store is there and works (version 2: templates).
      expect(repo.db.verno).toBe(new EiaDatabase('probe').verno);
      const tables = repo.db.tables.map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(Object.keys(FROZEN_STORES[dump.dexieVersion]!)));
      await repo.saveTemplates([{ ...smallTemplate, version: `from-${dump.dexieVersion}` }], 'test');
      expect(await repo.db.templates.count()).toBe((dump.tables.templates?.length ?? 0) + 1);
      // Records of an older shape are read as today's (assessment schema version 2: nothing no longer asked).
      for (const row of dump.tables.assessments ?? []) {
        const loaded = await repo.get(String(row.id));
        expect(loaded?.assessment.schemaVersion).toBe(CURRENT_ASSESSMENT_SCHEMA_VERSION);
        expect(loaded?.assessment.noLongerAsked).toEqual([]);
      }
      repo.db.close();
    },
  );
});
