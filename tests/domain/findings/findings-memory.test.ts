// @vitest-environment node
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { describe, expect, it } from 'vitest';
import { findingsFor } from '@/domain/findings/index.ts';
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
