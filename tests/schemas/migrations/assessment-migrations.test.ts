// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessmentSchema } from '@schemas/assessment.ts';
import { addNoLongerAsked } from '@schemas/migrations/assessment/001-no-longer-asked.ts';
import { migrateAssessmentRecord } from '@schemas/migrations/assessment-migrations.ts';
import { runMigrations } from '@schemas/migrations/run-migrations.ts';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../fixtures/assessment/${name}`, import.meta.url)), 'utf8'),
  ) as Record<string, unknown>;

describe('assessment migration 1 → 2 (answers to questions no longer asked)', () => {
  it('gives a version 1 record an empty list and changes nothing else', () => {
    const v1 = fixture('v1.json');
    const outcome = migrateAssessmentRecord(v1);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.applied).toEqual([addNoLongerAsked.description]);
    expect(outcome.value).toEqual({ ...v1, schemaVersion: 2, noLongerAsked: [] });
    expect(assessmentSchema.parse(outcome.value).noLongerAsked).toEqual([]);
  });

  it('an app that knows only version 1 refuses a version 2 record instead of dropping its kept answers', () => {
    const outcome = runMigrations(fixture('v2.json'), {
      versionField: 'schemaVersion',
      migrations: [],
      first: 1,
      current: 1,
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'newer-version', version: 2 });
  });
});
