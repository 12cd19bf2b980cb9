import { answersSchemaFor, readAnswers } from '@schemas/answers.ts';
import { helpersOf, questionKindHelpers, readAnyAnswer } from '@schemas/kinds/helpers.ts';
import { anyAnswerSchema, kindOf, questionKinds } from '@schemas/kinds/index.ts';
import { localiseTemplate, templateQuestions, type Template } from '@schemas/template-definition.ts';
import { hcpcEia201810 } from '@schemas/templates/index.ts';
import { describe, expect, it } from 'vitest';
import { hcpcNextVersion } from '../../hcpc-next-version.ts';
import { impactTableTemplate } from '../../impact-table-template.ts';
import { optionKindsTemplate } from '../../option-kinds-template.ts';

/**
 * The Zod-free readers (schemas/kinds/<kind>/helpers.ts, kinds/read-plain.ts, answers.ts readAnswers) read
 * what the screens and every keystroke read, in place of the Zod answer schemas, which stay the reference
 * for files and migrations. For every case here, both accept the same values and give the same output,
 * key order included (a copy with only the declared keys, defaults filled in, unknown keys of an answer
 * object left out).
 */

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function cases(count: number, seed: number): unknown[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const string = (): unknown =>
    pick([
      '',
      ' ',
      'yes',
      'no',
      'positive',
      'negative',
      'not-known',
      '12',
      '2026',
      'x'.repeat(21),
      'x'.repeat(201),
      'a\nb',
      'x'.repeat(20_001),
      'x'.repeat(200_001),
    ]);
  const scalar = (): unknown => pick([string, () => 3, () => null, () => undefined, () => true, string])();
  const date = (): unknown => {
    const out: Record<string, unknown> = {};
    for (const key of ['day', 'month', 'year', 'extra']) if (next() < 0.8) out[key] = scalar();
    return out;
  };
  const cells = (): unknown => {
    const out: Record<string, unknown> = {};
    for (const key of ['action', 'owner', 'due', 'status', ''])
      if (next() < 0.6) out[key] = pick([scalar, date, scalar])();
    if (next() < 0.05)
      return Object.fromEntries(Array.from({ length: pick([100, 101]) }, (_, i) => [`c${i}`, '']));
    return out;
  };
  const row = (): unknown => {
    const out: Record<string, unknown> = {};
    if (next() < 0.9) out.id = pick(['row-1', 'row-2', 'r1', '', 'bad id', 'x'.repeat(65), 3]);
    if (next() < 0.9) out.cells = pick([cells, cells, () => [], () => null])();
    if (next() < 0.2) out.other = 'kept out';
    return out;
  };
  const value = (depth = 0): unknown =>
    pick([
      scalar,
      date,
      () => ({ choice: scalar(), followUp: scalar(), ...(next() < 0.3 ? { more: 1 } : {}) }),
      () => ({ choice: scalar() }),
      () => ({
        ratings: pick([
          () => [],
          () => ['negative'],
          () => ['positive', 'x'.repeat(201)],
          () => Array(21).fill('neutral'),
          scalar,
        ])(),
        why: scalar(),
        mitigation: scalar(),
      }),
      () => ({ why: scalar() }),
      () => Array.from({ length: Math.floor(next() * 4) }, row),
      () => Array.from({ length: Math.floor(next() * 4) }, string),
      () => Array(201).fill('a'),
      () => Array.from({ length: 501 }, (_, i) => ({ id: `r${i}`, cells: {} })),
      () => (depth < 1 ? [value(depth + 1)] : []),
      () => new Date(0),
    ])();
  return Array.from({ length: count }, () => value());
}

const VALUES = cases(4000, 20261201);

/** Same output, same key order (JSON.stringify), or both refused. */
function expectSame(plain: unknown, zod: { success: boolean; data?: unknown }, what: string) {
  expect(plain === undefined, `${what}: accepted by one only`).toBe(!zod.success);
  if (zod.success) {
    expect(plain, what).toEqual(zod.data);
    expect(JSON.stringify(plain), what).toBe(JSON.stringify(zod.data));
  }
}

const templates: Template[] = [
  hcpcEia201810,
  localiseTemplate(impactTableTemplate),
  localiseTemplate(optionKindsTemplate),
  localiseTemplate(hcpcNextVersion),
];

describe('the Zod-free answer readers', () => {
  it('cover every kind, in the same order as the Zod registry', () => {
    expect(Object.keys(questionKindHelpers)).toEqual(Object.keys(questionKinds));
    for (const [kind, helpers] of Object.entries(questionKindHelpers)) {
      const full = questionKinds[kind as keyof typeof questionKinds];
      expect(helpers.description).toBe(full.description);
      expect(helpers.empty).toBe(full.empty);
    }
  });

  it('read a drafted answer exactly as its question’s answer schema does, for every kind', () => {
    const questions = templates.flatMap((t) => templateQuestions(t));
    const kinds = new Set(questions.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(Object.keys(questionKinds).sort());
    for (const question of questions) {
      const zod = kindOf(question);
      const plain = helpersOf(question);
      for (const [i, value] of VALUES.entries()) {
        expectSame(
          plain.read(question, value),
          zod.answer(question).safeParse(value),
          `${question.id} #${i}`,
        );
      }
    }
  });

  it('read any answer of a kind, and of any kind, exactly as anyAnswer and anyAnswerSchema do', () => {
    for (const kind of Object.keys(questionKinds)) {
      const zod = kindOf({ kind });
      const plain = helpersOf({ kind });
      for (const [i, value] of VALUES.entries())
        expectSame(plain.readAny(value), zod.anyAnswer.safeParse(value), `${kind} #${i}`);
    }
    for (const [i, value] of VALUES.entries())
      expectSame(readAnyAnswer(value), anyAnswerSchema.safeParse(value), `any answer #${i}`);
  });

  it('read a table row’s cells as z.record does: a symbol key refused, keys that do not enumerate and “__proto__” left out', () => {
    const table = templateQuestions(localiseTemplate(impactTableTemplate)).find((q) => q.kind === 'table')!;
    const row = (cells: object) => [{ id: 'r1', cells }];
    const odd = [
      row({ action: 'Survey riders', [Symbol('cell')]: 'x' }),
      row(Object.defineProperty({ action: 'Survey riders' }, 'hidden', { value: 'x', enumerable: false })),
      row({ ...(JSON.parse('{"__proto__": "x"}') as object), action: 'Survey riders' }),
      row(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`c${i}`, 'x']))),
      row(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`c${i}`, 'x']))),
    ];
    const read = odd.map((value) => helpersOf(table).read(table, value));
    expect(read.map((r) => r !== undefined)).toEqual([false, true, true, true, false]);
    expect(read[1]).toEqual(row({ action: 'Survey riders' }));
    expect(JSON.stringify(read[2])).toBe(JSON.stringify(row({ action: 'Survey riders' })));
    for (const [i, value] of odd.entries())
      expectSame(read[i], kindOf(table).answer(table).safeParse(value), `odd cells #${i}`);
  });

  it('refuse a table whose rows share an id, short or long, as the Zod schema does', () => {
    const table = templateQuestions(localiseTemplate(impactTableTemplate)).find((q) => q.kind === 'table')!;
    const rows = (ids: string[]) => ids.map((id) => ({ id, cells: { action: `Action ${id}` } }));
    const numbered = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`);
    const cases = [
      rows(['r1', 'r1']),
      rows(['r1', 'r2', 'r1']),
      rows(numbered(16)),
      rows([...numbered(16), 'r3']),
      rows(numbered(17)),
      rows([...numbered(40), 'r39']),
      rows(numbered(40)),
    ];
    const read = cases.map((value) => helpersOf(table).read(table, value));
    expect(read.map((r) => r !== undefined)).toEqual([false, false, true, false, true, false, true]);
    for (const [i, value] of cases.entries())
      expectSame(read[i], kindOf(table).answer(table).safeParse(value), `rows #${i}`);
  });

  // convertFrom reads an answer of the same kind with readAny (tested above) where it used anyAnswer.

  it('read a whole form’s values exactly as the template’s answers schema does', () => {
    const next = random(7);
    for (const template of templates) {
      const questions = templateQuestions(template);
      for (let n = 0; n < 400; n += 1) {
        const values: Record<string, unknown> = {};
        for (const q of questions) {
          if (next() < 0.2) continue;
          const good = helpersOf(q).empty(q);
          values[q.id] = next() < 0.9 ? good : VALUES[Math.floor(next() * VALUES.length)];
        }
        if (next() < 0.5) values[`old${n}`] = VALUES[Math.floor(next() * VALUES.length)];
        expectSame(readAnswers(values, template), answersSchemaFor(template).safeParse(values), `form #${n}`);
      }
      for (const odd of [null, undefined, [], 'text', 3, new Date(0)])
        expectSame(readAnswers(odd, template), answersSchemaFor(template).safeParse(odd), String(odd));
    }
  });
});
