// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CURRENT_ASSESSMENT_SCHEMA_VERSION } from '@schemas/assessment.ts';
import { describe, expect, it } from 'vitest';

/**
 * The record schema (Zod) is loaded only when a record of an older shape is read: readStoredAssessment
 * throws RecordParserNeeded before anything is read, and withRecordParser loads the parser and runs the
 * operation again, so the operation's outcome is the same as if the parser had been there all along.
 * Each test imports a fresh copy of the module (vi.resetModules), so none starts with the parser loaded.
 */
const fixture = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8'));

async function freshModule() {
  const { vi } = await import('vitest');
  vi.resetModules();
  return import('@/storage/stored-record.ts');
}

describe('reading stored records', () => {
  it('reads a current record without the record parser', async () => {
    const { readStoredAssessment } = await freshModule();
    const v1 = fixture('assessment/v1.json');
    const { loadRecordParser, readStoredAssessment: read } = await freshModule();
    await loadRecordParser();
    const current = read(v1);
    expect(current.schemaVersion).toBe(CURRENT_ASSESSMENT_SCHEMA_VERSION);
    expect(readStoredAssessment(current)).toBe(current);
  });

  it('loads the parser when an older record is met, and runs the operation again', async () => {
    const { readStoredAssessment, withRecordParser, RecordParserNeeded } = await freshModule();
    const v1 = fixture('assessment/v1.json');
    expect(() => readStoredAssessment(v1)).toThrow(RecordParserNeeded);
    let runs = 0;
    const record = await withRecordParser(async () => {
      runs += 1;
      return readStoredAssessment(v1);
    });
    expect(runs).toBe(2);
    expect(record.schemaVersion).toBe(CURRENT_ASSESSMENT_SCHEMA_VERSION);
    expect(record.language).toBeUndefined();
    // Loaded now: the next older record is read at once.
    expect(readStoredAssessment(v1).id).toBe(record.id);
  });

  it('passes any other failure on, without running the operation again', async () => {
    const { withRecordParser } = await freshModule();
    let runs = 0;
    await expect(
      withRecordParser(async () => {
        runs += 1;
        throw new Error('quota');
      }),
    ).rejects.toThrow('quota');
    expect(runs).toBe(1);
  });
});
