// @vitest-environment node
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { describe, expect, it } from 'vitest';
import { findingsFor } from '@/domain/findings/index.ts';
import { sameAnswer } from '@/domain/findings/facts.ts';
import { largeAssessment, largeTemplate } from '../../../scripts/bench/large-template.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('what findings keep of the assessments they read', () => {
  it('keep nothing of an assessment read once after the next one is read, however long it is held', () => {
    // The library, the overview and every import read many assessments once each, and hold them. What
    // the rules read of each (its facts) must not stay alive with every one of them: that grew the heap
    // by ~250 KB per 150-question assessment and made young-generation collections pause an evaluation
    // for 15–23 ms (issue 9's bench, "findings, fresh assessment").
    const template = localiseTemplate(largeTemplate());
    const assessment = largeAssessment(largeTemplate());
    const today = new Date('2026-01-05');
    const held = Array.from({ length: 40 }, () => structuredClone(assessment));
    findingsFor(assessment, template, { today });
    const before = heapAfterGc();
    for (const each of held) findingsFor(each, template, { today });
    const grown = heapAfterGc() - before;
    // One assessment's facts (the last read) may stay; 40 assessments' facts were about 10 MB.
    expect(grown).toBeLessThan(1_500_000);
    expect(held).toHaveLength(40);
  });
});

describe('a copy of an assessment already read (a reload, an import, a returned copy)', () => {
  const today = new Date('2026-01-05');

  it('is recognised answer by answer: a change inside an answer of the copy is still found', () => {
    const definition = largeTemplate();
    const template = localiseTemplate(definition);
    const assessment = largeAssessment(definition);
    const before = findingsFor(assessment, template, { today });
    // An equal copy: the same findings.
    expect(findingsFor(structuredClone(assessment), template, { today })).toEqual(before);
    // A copy whose impact q25 gives "TBC" as its reason: found, though every other answer is as before.
    const changed = structuredClone(assessment);
    (changed.answers.q25 as { why: string }).why = 'TBC';
    const after = findingsFor(changed, template, { today });
    const titlesOf = (list: typeof after) => list.filter((f) => f.questionId === 'q25').map((f) => f.title);
    expect(titlesOf(before)).not.toContain('“TBC” does not answer the question');
    expect(titlesOf(after)).toContain('“TBC” does not answer the question');
    // And a copy of the original again: it goes.
    expect(findingsFor(structuredClone(assessment), template, { today })).toEqual(before);
  });

  it('counts as the same answer only when it is equal all the way down', () => {
    const row = { id: 'r1', cells: { action: 'Ring', due: { day: '1', month: '2', year: '2026' } } };
    expect(sameAnswer([row], structuredClone([row]))).toBe(true);
    expect(sameAnswer({ ratings: ['negative'], why: 'x' }, { why: 'x', ratings: ['negative'] })).toBe(true);
    expect(
      sameAnswer([row], [{ ...row, cells: { ...row.cells, due: { ...row.cells.due, day: '2' } } }]),
    ).toBe(false);
    expect(sameAnswer({ a: 'x' }, { a: 'x', b: undefined })).toBe(false);
    expect(sameAnswer(['a'], ['a', 'b'])).toBe(false);
    expect(sameAnswer(['a'], { 0: 'a' })).toBe(false);
    expect(sameAnswer(new Date(1), new Date(2))).toBe(false);
    expect(sameAnswer('text', 'text')).toBe(true);
    expect(sameAnswer('text', 'other')).toBe(false);
  });
});
