// @vitest-environment node
import type { Assessment } from '@schemas/assessment.ts';
import { answersSchemaFor } from '@schemas/answers.ts';
import { IMPACT_RATINGS } from '@schemas/kinds/impact/impact-kind.ts';
import type { TableAnswer, TableCell } from '@schemas/kinds/table/table-kind.ts';
import { en } from '@schemas/local-text.ts';
import { localiseTemplate, type TemplateDefinition } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';
import { readEiaFile } from '@/storage/files/read-eia-file.ts';
import { impactTableTemplate } from '../../impact-table-template.ts';
import { renderPdf } from '../../pdf/node-pdf.ts';
import { freshRepository } from '../support.ts';

/**
 * Property-style round trip for the impact and table kinds: answers drawn at random (seeded, so a
 * failure can be replayed) from everything the kinds' answer schemas accept (unknown rating values,
 * duplicates, white space, Welsh letters, quotes, line breaks, blank rows, cells of unknown columns,
 * dates as typed, even impossible ones) survive save → export → import → PDF attachment → import
 * unchanged. Hand-rolled rather than fast-check to keep package-lock.json untouched while five other
 * branches change it; the generator covers the schema's shapes, not its length caps (tested elsewhere).
 */

const IMPACTS = 6;
const TABLES = 4;

/** The test template with more impact and table questions, so one PDF carries many samples. */
const roundTripTemplate: TemplateDefinition = {
  ...impactTableTemplate,
  id: 'acme-round-trip',
  sections: [
    ...impactTableTemplate.sections,
    {
      id: 'more',
      number: 3,
      title: en('More'),
      guidance: [],
      questions: [
        ...Array.from({ length: IMPACTS }, (_, i) => ({
          id: `impact${i}`,
          kind: 'impact' as const,
          label: en(`Group ${i}`),
          required: i % 2 === 0,
        })),
        ...Array.from({ length: TABLES }, (_, i) => ({
          id: `table${i}`,
          kind: 'table' as const,
          label: en(`Table ${i}`),
          required: false,
          maxRows: 10,
          columns: [
            { id: 'what', label: en('What'), kind: 'text' as const },
            { id: 'when', label: en('When'), kind: 'date' as const },
            {
              id: 'state',
              label: en('State'),
              kind: 'choice' as const,
              options: [
                { value: 'open', label: en('Open') },
                { value: 'closed', label: en('Closed') },
              ],
            },
          ],
        })),
      ],
    },
  ],
};

/** mulberry32: a small seeded generator. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const PIECES = [
    '',
    ' ',
    'a',
    'Ŵyn',
    'ŷ',
    '“quoted”',
    '"',
    "it's",
    '–',
    '€5',
    '\n',
    '\n\n',
    '- bullet',
    '\t',
    'x'.repeat(40),
    '=SUM(A1)',
    '<b>',
    '&amp;',
  ];
  const text = (max = 8) => Array.from({ length: int(max) }, () => pick(PIECES)).join('');
  return { int, pick, text };
}

function impactAnswer(r: ReturnType<typeof random>) {
  const ratings = Array.from({ length: r.int(5) }, () => r.pick([...IMPACT_RATINGS, 'somewhat', '']));
  return { ratings, why: r.text(), mitigation: r.text() };
}

function tableAnswer(r: ReturnType<typeof random>, n: number): TableAnswer {
  return Array.from({ length: r.int(6) }, (_, i) => {
    const cells: Record<string, TableCell> = {};
    if (r.int(4) > 0) cells.what = r.text();
    if (r.int(4) > 0)
      cells.when = {
        day: r.pick(['', '1', '31', 'x']),
        month: r.pick(['', '2', '13']),
        year: r.pick(['', '2026', '99']),
      };
    if (r.int(4) > 0) cells.state = r.pick(['', 'open', 'closed', 'retired-value']);
    if (r.int(5) === 0) cells.oldColumn = r.text(3);
    return { id: `s${n}-row-${i}-${r.int(1000)}`, cells };
  });
}

function answersFor(seed: number) {
  const r = random(seed);
  const answers: Record<string, unknown> = {
    olderPeople: impactAnswer(r),
    youngPeople: impactAnswer(r),
    actions: tableAnswer(r, 99),
  };
  for (let i = 0; i < IMPACTS; i += 1) answers[`impact${i}`] = impactAnswer(r);
  for (let i = 0; i < TABLES; i += 1) answers[`table${i}`] = tableAnswer(r, i);
  return answers;
}

const template = localiseTemplate(roundTripTemplate);

beforeAll(() => registerTemplate(roundTripTemplate));
afterAll(() => forgetLearntTemplates());

describe('impact and table answers round trip', () => {
  const SEEDS = [1, 2, 3];

  it.each(SEEDS)('seed %i: every generated answer is one the schema accepts, as it is', (seed) => {
    const answers = answersFor(seed);
    const parsed = answersSchemaFor(template).parse(answers);
    for (const [key, value] of Object.entries(answers)) expect(parsed[key]).toEqual(value);
  });

  it.each(SEEDS)(
    'seed %i: survives save → export → import → PDF attachment → import unchanged',
    async (seed) => {
      const answers = answersFor(seed);
      const original: Assessment = createAssessment({
        id: `round-trip-${seed}`,
        template,
        now: new Date('2026-01-05T10:00:00Z'),
        answers: answers as Assessment['answers'],
      });

      const repo = freshRepository();
      await repo.create(original);
      const saved = (await repo.get(original.id))!.assessment;
      expect(saved.answers).toEqual(original.answers);

      const imported = parseEiaText('round-trip.eia.json', serialiseEnvelope(buildEnvelope([saved])));
      if (!imported.ok) throw new Error(imported.message);
      expect(imported.assessments[0]!.answers).toEqual(original.answers);

      const { bytes, fileName } = await renderPdf(imported.assessments[0]!);
      const fromPdf = await readEiaFile(fileName, bytes);
      if (!fromPdf.ok) throw new Error(fromPdf.message);
      expect(fromPdf.assessments[0]).toEqual(original);

      const other = freshRepository();
      await other.importAssessments(fromPdf.assessments);
      expect((await other.get(original.id))!.assessment.answers).toEqual(original.answers);
    },
    60_000,
  );
});
