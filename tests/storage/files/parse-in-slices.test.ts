// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaBytes, parseEiaBytesInSlices, type ParseProgress } from '@/storage/files/parse-eia-file.ts';
import { findForbiddenKey } from '@/storage/files/json-safety.ts';
import { mapInSlices } from '@/storage/files/slices.ts';
import { buildExampleAssessment } from '../../builders.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseEiaBytesInSlices', () => {
  const many = Array.from({ length: 300 }, (_, i) => buildExampleAssessment({ id: `a-${i}` }));
  const file = bytes(serialiseEnvelope(buildEnvelope(many)));

  it('gives exactly what the one-go parse gives, and says how many assessments are checked', async () => {
    const seen: ParseProgress[] = [];
    const sliced = await parseEiaBytesInSlices('many.eia.json', file, {}, (p) => seen.push(p));
    expect(sliced).toEqual(parseEiaBytes('many.eia.json', file));
    expect(sliced.ok && sliced.assessments).toHaveLength(300);
    // Every report is a count of this file's assessments, never going back.
    for (const [i, p] of seen.entries()) {
      expect(p.checked).toBeLessThanOrEqual(p.total);
      if (i > 0 && p.total > 0) expect(p.checked).toBeGreaterThanOrEqual(seen[i - 1]!.checked);
    }
  });

  it('refuses a bad file with the same problems as the one-go parse', async () => {
    const bad = bytes(JSON.stringify({ ...buildEnvelope(many), formatVersion: 99 }));
    expect(await parseEiaBytesInSlices('bad.eia.json', bad)).toEqual(parseEiaBytes('bad.eia.json', bad));
  });
});

describe('mapInSlices', () => {
  it('maps every item in order and reports the last count', async () => {
    const counts: number[] = [];
    expect(
      await mapInSlices(
        [1, 2, 3],
        (x) => x * 2,
        (n) => counts.push(n),
        0,
      ),
    ).toEqual([2, 4, 6]);
    expect(counts.at(-1)).toBe(3);
  });
});

describe('findForbiddenKey', () => {
  it('names the forbidden key and where it is, deep in a file', () => {
    const value = JSON.parse('{"assessments":[{"answers":{}},{"answers":{"__proto__":{"x":1}}}]}');
    expect(findForbiddenKey(value)).toEqual({ key: '__proto__', path: ['assessments', 1, 'answers'] });
    expect(findForbiddenKey({ a: [1, { b: null }] })).toBeNull();
  });
});
