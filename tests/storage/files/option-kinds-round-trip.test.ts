// @vitest-environment node
import 'fake-indexeddb/auto';
import { answersSchemaFor, type Answers } from '@schemas/answers.ts';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';
import { optionKindsTemplate } from '../../option-kinds-template.ts';
import { freshRepository } from '../support.ts';

/** A small seeded generator (mulberry32), so that a failure names the seed that made it. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['', ' ', 'Yes', 'Carers’ network — “asked”.\n\n- one\n- two', 'ŵ ŷ £ €', 'x'.repeat(3000)];
const VALUES = [
  '',
  'yes',
  'no',
  'staff',
  'public',
  'both',
  'web',
  'phone',
  'letter',
  'unknown-value',
  'Maybe',
];

/** Any answer the schema accepts for the option kinds: listed and unlisted values, hidden follow-ups. */
function generateAnswers(seed: number): Answers {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const ticked = VALUES.filter((v) => v !== '' && next() < 0.3);
  return {
    consulted: { choice: pick(VALUES), followUp: pick(TEXTS) },
    scope: pick(VALUES),
    channels: next() < 0.5 ? ticked : [...ticked].reverse(),
    name: pick(TEXTS),
    // A key no question asks (an answer to a question no longer asked), of each option shape.
    retired: pick<Answers[string]>([{ choice: pick(VALUES), followUp: pick(TEXTS) }, ticked, pick(VALUES)]),
  };
}

afterEach(() => forgetLearntTemplates());

describe('answers of the option kinds survive save → export → parse unchanged', () => {
  it('for 60 generated answers', async () => {
    registerTemplate(optionKindsTemplate);
    const template = localiseTemplate(optionKindsTemplate);
    const repository = freshRepository();
    for (let seed = 1; seed <= 60; seed += 1) {
      const answers = answersSchemaFor(template).parse(generateAnswers(seed));
      const id = `a${seed}`;
      await repository.create(createAssessment({ id, template, answers }));
      const saved = (await repository.get(id))!.assessment;
      expect(saved.answers, `seed ${seed}: saved`).toEqual(answers);

      const text = serialiseEnvelope(buildEnvelope([saved], new Date('2026-01-05T10:00:00Z')));
      forgetLearntTemplates(); // the reader has never seen the template: it comes with the file
      const parsed = parseEiaText(`${id}.eia.json`, text);
      expect(parsed.ok, `seed ${seed}: parsed`).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.assessments[0]!.answers, `seed ${seed}: imported`).toEqual(answers);
      registerTemplate(optionKindsTemplate);
    }
  });
});
