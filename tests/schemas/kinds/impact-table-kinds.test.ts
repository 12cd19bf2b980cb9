import { answerOf, answersSchemaFor, anyAnswersSchema } from '@schemas/answers.ts';
import { checkQuestion } from '@schemas/completion.ts';
import { kindOf, questionKinds } from '@schemas/kinds/index.ts';
import { impactKind } from '@schemas/kinds/impact/impact-kind.ts';
import { tableKind, type TableCell } from '@schemas/kinds/table/table-kind.ts';
import {
  localiseTemplate,
  templateDefinitionSchema,
  templateQuestions,
  type Question,
} from '@schemas/template-definition.ts';
import { describe, expect, it } from 'vitest';
import { impactTableTemplate } from '../../impact-table-template.ts';

const template = localiseTemplate(impactTableTemplate);
const question = (id: string): Question => templateQuestions(template).find((q) => q.id === id)!;
const problem = (id: string, value: unknown) => checkQuestion(question(id), { [id]: value as never });
const row = (id: string, cells: Record<string, TableCell>) => ({ id, cells });
const due = (day: string, month: string, year: string) => ({ day, month, year });

describe('the impact and table kinds in a template definition', () => {
  it('accepts the test template and lists both kinds with a plain description', () => {
    expect(templateDefinitionSchema.safeParse(impactTableTemplate).success).toBe(true);
    expect(questionKinds.impact.description).toMatch(/positive, negative, neutral or not known/);
    expect(questionKinds.table.description).toMatch(/row by row/);
  });

  const withActions = (patch: Record<string, unknown>) => ({
    ...impactTableTemplate,
    sections: [
      {
        ...impactTableTemplate.sections[1]!,
        questions: [{ ...impactTableTemplate.sections[1]!.questions[2]!, ...patch }],
      },
    ],
  });

  it('refuses a table without columns, with two columns of one id, or a choice column without options', () => {
    expect(templateDefinitionSchema.safeParse(withActions({ columns: [] })).success).toBe(false);
    const twice = [
      { id: 'a', label: { en: 'A' }, kind: 'text' },
      { id: 'a', label: { en: 'B' }, kind: 'text' },
    ];
    const result = templateDefinitionSchema.safeParse(withActions({ columns: twice }));
    expect(JSON.stringify(result.error?.issues)).toContain('Two columns have the id \\"a\\"');
    const noOptions = [{ id: 'a', label: { en: 'A' }, kind: 'choice' }];
    expect(templateDefinitionSchema.safeParse(withActions({ columns: noOptions })).success).toBe(false);
    expect(templateDefinitionSchema.safeParse(withActions({ maxRows: 0 })).success).toBe(false);
    expect(templateDefinitionSchema.safeParse(withActions({ maxRows: 501 })).success).toBe(false);
  });
});

describe('impact answers', () => {
  const schema = answersSchemaFor(template);

  it('fills an empty answer and keeps every part as typed, unknown rating values too', () => {
    expect(schema.parse({}).olderPeople).toEqual({ ratings: [], why: '', mitigation: '' });
    const kept = { ratings: ['negative', 'somewhat'], why: '  Fewer buses. ', mitigation: 'Keep route 7.' };
    expect(schema.parse({ olderPeople: kept }).olderPeople).toEqual(kept);
    expect(schema.parse({ olderPeople: { why: 'Only why.' } }).olderPeople).toEqual({
      ratings: [],
      why: 'Only why.',
      mitigation: '',
    });
  });

  it('rejects other shapes and over-long parts', () => {
    expect(schema.safeParse({ olderPeople: 'negative' }).success).toBe(false);
    expect(schema.safeParse({ olderPeople: { ratings: 'negative' } }).success).toBe(false);
    expect(schema.safeParse({ olderPeople: { why: 'x'.repeat(200_001) } }).success).toBe(false);
    expect(schema.safeParse({ olderPeople: { ratings: Array(21).fill('neutral') } }).success).toBe(false);
  });

  it('is kept as an impact answer, never as a date, when the template is not known', () => {
    const value = { ratings: ['positive'], why: 'More seats.', mitigation: '' };
    expect(anyAnswersSchema.parse({ unknownGroup: value }).unknownGroup).toEqual(value);
  });

  it('asks for a rating, then why, then the mitigation when negative is ticked (GOV.UK messages)', () => {
    expect(problem('olderPeople', { ratings: [], why: '', mitigation: '' })).toMatchObject({
      questionId: 'olderPeople',
      message: 'Select the impact on older people: positive, negative, neutral or not known',
      dateParts: ['ratings'],
    });
    expect(problem('olderPeople', { ratings: ['neutral'], why: ' ', mitigation: '' })).toMatchObject({
      questionId: 'olderPeople',
      message: 'Enter why you chose this impact on older people',
      dateParts: ['why'],
    });
    expect(
      problem('olderPeople', { ratings: ['neutral', 'negative'], why: 'Buses.', mitigation: '' }),
    ).toMatchObject({
      questionId: 'olderPeople',
      message: 'Enter what you will do about the negative impact on older people',
      dateParts: ['mitigation'],
    });
    expect(
      problem('olderPeople', { ratings: ['negative'], why: 'Buses.', mitigation: 'Route 7.' }),
    ).toBeNull();
    // A mitigation is not asked for without a negative rating (and one typed earlier is kept, not checked).
    expect(problem('olderPeople', { ratings: ['positive'], why: 'Seats.', mitigation: '' })).toBeNull();
    // Not required: untouched is fine; started means finished properly.
    expect(problem('youngPeople', { ratings: [], why: '', mitigation: '' })).toBeNull();
    expect(problem('youngPeople', { ratings: [], why: 'Started.', mitigation: '' })?.dateParts).toEqual([
      'ratings',
    ]);
    // A rating value this app does not know is not a rating chosen.
    expect(problem('olderPeople', { ratings: ['somewhat'], why: 'x', mitigation: '' })?.dateParts).toEqual([
      'ratings',
    ]);
  });

  it('reads as words, compares every part, and converts a text answer into "why" losslessly', () => {
    const q = question('olderPeople');
    const value = { ratings: ['not-known', 'negative'], why: 'No data yet.', mitigation: 'Survey.' };
    expect(impactKind.text(value, q as never)).toBe('Negative, Not known\n\nNo data yet.\n\nSurvey.');
    expect(impactKind.same(value, { ...value })).toBe(true);
    expect(impactKind.same(value, { ...value, ratings: ['negative', 'not-known'] })).toBe(false);
    const from = kindOf(q).convertFrom({ kind: 'textarea', value: 'Para one.\n\nPara two.' }, q);
    expect(from).toEqual({ ratings: [], why: 'Para one.\n\nPara two.', mitigation: '' });
    expect(kindOf(q).convertFrom({ kind: 'impact', value }, q)).toEqual(value);
    expect(kindOf(q).convertFrom({ kind: 'date', value: due('1', '2', '2026') }, q)).toBeUndefined();
    expect(kindOf(q).convertFrom({ kind: 'choices', value: ['negative'] }, q)).toBeUndefined();
  });
});

describe('table answers', () => {
  const schema = answersSchemaFor(template);
  const good = [
    row('r1', {
      action: 'Add audio to lifts',
      owner: 'Facilities',
      due: due('1', '3', '2026'),
      status: 'open',
    }),
    row('r2', { action: 'Survey users', due: due('30', '6', '2026') }),
  ];

  it('fills an empty table, keeps rows, cells of unknown columns and unknown choice values', () => {
    expect(schema.parse({}).actions).toEqual([]);
    const kept = [row('r1', { action: 'A', retired: 'old column', status: 'maybe' })];
    expect(schema.parse({ actions: kept }).actions).toEqual(kept);
    expect(anyAnswersSchema.parse({ plan: good }).plan).toEqual(good);
  });

  it('rejects two rows with one id, bad row ids, and too many rows or cells', () => {
    expect(schema.safeParse({ actions: [row('r1', {}), row('r1', {})] }).success).toBe(false);
    expect(schema.safeParse({ actions: [row('has space', {})] }).success).toBe(false);
    expect(schema.safeParse({ actions: [{ cells: {} }] }).success).toBe(false);
    const many = Array.from({ length: 501 }, (_, i) => row(`r${i}`, {}));
    expect(schema.safeParse({ actions: many }).success).toBe(false);
    expect(schema.safeParse({ actions: [row('r1', { action: 'x'.repeat(20_001) })] }).success).toBe(false);
  });

  it('checks required columns per row, dates and choices, with the row named', () => {
    expect(problem('actions', [])).toMatchObject({
      questionId: 'actions',
      message: 'Add at least one action to the action plan',
      dateParts: ['add'],
    });
    expect(problem('actions', good)).toBeNull();
    expect(
      problem('actions', [good[0], row('r2', { owner: 'Ops', due: due('1', '1', '2026') })]),
    ).toMatchObject({
      questionId: 'actions',
      message: 'Enter action 2',
      dateParts: ['1.action'],
    });
    expect(problem('actions', [row('r1', { action: 'A', due: due('31', '2', '2026') })])).toMatchObject({
      questionId: 'actions',
      message: 'Due date for action 1 must be a real date',
      dateParts: ['0.due.day', '0.due.month', '0.due.year'],
    });
    expect(problem('actions', [row('r1', { action: 'A', due: due('', '', '') })])?.message).toBe(
      'Enter the due date for action 1',
    );
    expect(
      problem('actions', [row('r1', { action: 'A', due: due('1', '1', '2026'), status: 'maybe' })]),
    ).toMatchObject({
      questionId: 'actions',
      message: 'Select the status for action 1',
      dateParts: ['0.status'],
    });
    // A row left blank is neither checked nor counted.
    expect(problem('actions', [...good, row('r3', { action: ' ', due: due('', '', '') })])).toBeNull();
    const four = ['a', 'b', 'c', 'd'].map((id) => row(id, { action: 'A', due: due('1', '1', '2026') }));
    expect(problem('actions', four)?.message).toBe('Action plan can have at most 3 rows: remove 1');
  });

  it('reads as words, compares rows by id and cells, and converts a text answer into one row', () => {
    const q = question('actions');
    expect(tableKind.text(good, q as never)).toBe(
      'Action: Add audio to lifts; Owner: Facilities; Due date: 1 3 2026; Status: Open\nAction: Survey users; Due date: 30 6 2026',
    );
    expect(tableKind.same(good, structuredClone(good))).toBe(true);
    expect(tableKind.same(good, [good[1]!, good[0]!])).toBe(false);
    expect(
      tableKind.same(good, [good[0]!, row('r2', { action: 'Survey users', due: due('30', '6', '2027') })]),
    ).toBe(false);
    expect(kindOf(q).convertFrom({ kind: 'textarea', value: 'Do A.\n\n- then B' }, q)).toEqual([
      row('row-1', { action: 'Do A.\n\n- then B' }),
    ]);
    expect(kindOf(q).convertFrom({ kind: 'textarea', value: '' }, q)).toEqual([]);
    expect(kindOf(q).convertFrom({ kind: 'textarea', value: 'x'.repeat(20_001) }, q)).toBeUndefined();
    expect(kindOf(q).convertFrom({ kind: 'table', value: good }, q)).toEqual(good);
    expect(kindOf(q).convertFrom({ kind: 'choices', value: ['a'] }, q)).toBeUndefined();
    expect(answerOf(q, { actions: good })).toEqual(good);
  });
});

describe('moving back to a text answer', () => {
  const textarea = { id: 'plan', kind: 'textarea', label: 'Plan', required: false } as never;

  it('keeps an impact with only why, and a one-cell table, word for word; refuses anything that would lose words', () => {
    const to = (kind: string, value: unknown) => kindOf(textarea).convertFrom({ kind, value }, textarea);
    expect(to('impact', { ratings: [], why: 'Para.\n\nTwo.', mitigation: '' })).toBe('Para.\n\nTwo.');
    expect(to('impact', { ratings: ['neutral'], why: 'Para.', mitigation: '' })).toBeUndefined();
    expect(to('impact', { ratings: [], why: 'Para.', mitigation: 'Plan.' })).toBeUndefined();
    expect(to('table', [row('row-1', { action: 'Do A.', owner: '', due: due('', '', '') })])).toBe('Do A.');
    expect(to('table', [])).toBe('');
    expect(to('table', [row('row-1', { action: 'Do A.', owner: 'Me' })])).toBeUndefined();
    expect(to('table', [row('a', { action: 'A' }), row('b', { action: 'B' })])).toBeUndefined();
  });

  it('round-trips textarea → impact → textarea and textarea → table → textarea unchanged', () => {
    const text = 'Line one\n\n- a bullet';
    const impact = kindOf(question('olderPeople')).convertFrom(
      { kind: 'textarea', value: text },
      question('olderPeople'),
    );
    expect(kindOf(textarea).convertFrom({ kind: 'impact', value: impact }, textarea)).toBe(text);
    const table = kindOf(question('actions')).convertFrom(
      { kind: 'textarea', value: text },
      question('actions'),
    );
    expect(kindOf(textarea).convertFrom({ kind: 'table', value: table }, textarea)).toBe(text);
  });
});
