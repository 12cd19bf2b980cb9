import { describe, expect, it } from 'vitest';
import { kindOf, QUESTION_KINDS, questionDefinitionSchema, type QuestionKind } from '@schemas/kinds/index.ts';
import { localiseTemplate, type TemplateDefinition } from '@schemas/template-definition.ts';
import { kindChangeOutcome, withQuestionKind } from '@/domain/designer/change-kind.ts';
import { applyEdit } from '@/domain/designer/edit-template.ts';
import { smallTemplate } from '../../template-builders.ts';

const TABLE_BLANK = {
  columns: [{ id: 'item', label: { en: 'Item' }, kind: 'text' }],
  rowName: { en: 'row' },
};
const blankOf = (kind: QuestionKind) =>
  kind === 'table' ? TABLE_BLANK : kind === 'choice' || kind === 'choices' ? { options: [] } : {};

describe('withQuestionKind (asking a question as another kind)', () => {
  const carers = smallTemplate.sections[0]!.questions[2]!;

  it('keeps the answer key, wording, role and required; starts the new kind’s own settings', () => {
    const table = withQuestionKind(
      { ...carers, hint: { en: 'A hint' }, guidance: [{ en: 'Think of evening meetings' }] },
      'table',
      TABLE_BLANK,
    );
    expect(table).toEqual({
      id: 'carers',
      kind: 'table',
      role: 'equality-group',
      label: { en: 'Carers' },
      hint: { en: 'A hint' },
      guidance: [{ en: 'Think of evening meetings' }],
      required: true,
      ...TABLE_BLANK,
    });
  });

  it('leaves out the settings only the old kind had, so every result is a valid question of its kind', () => {
    const rich = [
      { ...carers, kind: 'table', ...TABLE_BLANK, maxRows: 5 },
      {
        ...carers,
        kind: 'yes-no',
        followUp: { label: { en: 'Give details' }, required: false },
        followUpWhen: 'no',
      },
      { ...carers, kind: 'impact', whyLabel: { en: 'Why?' } },
      { ...carers, kind: 'choice', options: [{ value: 'a', label: { en: 'A' } }] },
    ] as const;
    for (const from of rich) {
      for (const kind of QUESTION_KINDS) {
        const next = withQuestionKind(from as never, kind, blankOf(kind));
        // Options left empty are a draft problem to fix, not a schema error here: give one to check the rest.
        const checked =
          'options' in next && (next.options as unknown[]).length === 0
            ? { ...next, options: [{ value: 'x', label: { en: 'X' } }] }
            : next;
        expect(questionDefinitionSchema.safeParse(checked).success, `${from.kind} → ${kind}`).toBe(true);
      }
    }
  });

  it('keeps a choice’s options when it becomes several options, and back', () => {
    const options = [{ value: 'a', label: { en: 'A' } }];
    const choices = withQuestionKind({ ...carers, kind: 'choice', options }, 'choices', { options: [] });
    expect(choices).toMatchObject({ kind: 'choices', options });
  });

  it('is one edit of the draft, undone by the history like any other (same question, same place)', () => {
    const next = applyEdit(smallTemplate, {
      type: 'change-question-kind',
      sectionId: 'about',
      questionId: 'carers',
      kind: 'table',
      blank: TABLE_BLANK,
    });
    expect(next.sections[0]!.questions.map((q) => `${q.id}:${q.kind}`)).toEqual([
      'name:text',
      'owner:text',
      'carers:table',
      'disabled:textarea',
    ]);
    // The same kind again changes nothing (no undo step).
    expect(
      applyEdit(next, {
        type: 'change-question-kind',
        sectionId: 'about',
        questionId: 'carers',
        kind: 'table',
      }),
    ).toBe(next);
  });
});

/**
 * kindChangeOutcome says in advance what the migration engine does; checked here against each kind's own
 * `convertFrom` with typical answers of every kind: "all" converts every one, "none" converts none.
 */
describe('kindChangeOutcome (what a kind change does to answers already given)', () => {
  const probes: Record<QuestionKind, unknown[]> = {
    text: ['Parking', 'A'],
    textarea: ['Fewer spaces.\n\nSome evenings.', 'B'],
    date: [{ day: '5', month: '1', year: '2026' }],
    'yes-no': [
      { choice: 'yes', followUp: 'Because' },
      { choice: 'no', followUp: '' },
    ],
    choice: ['a', 'yes'],
    choices: [['a'], ['a', 'b']],
    impact: [
      { ratings: ['negative'], why: 'Evening meetings', mitigation: 'Daytime too' },
      { ratings: [], why: 'Only why', mitigation: '' },
    ],
    table: [
      [{ id: 'row-1', cells: { item: 'One' } }],
      [{ id: 'row-1', cells: { item: 'One', other: 'Two' } }],
    ],
  };
  const definition = (kind: QuestionKind): TemplateDefinition => ({
    ...smallTemplate,
    sections: [
      {
        ...smallTemplate.sections[0]!,
        questions: [
          withQuestionKind(
            smallTemplate.sections[0]!.questions[2]!,
            kind,
            kind === 'choice' || kind === 'choices'
              ? {
                  options: [
                    { value: 'a', label: { en: 'A' } },
                    { value: 'b', label: { en: 'B' } },
                  ],
                }
              : blankOf(kind),
          ),
        ],
      },
    ],
  });
  const question = (kind: QuestionKind) => localiseTemplate(definition(kind)).sections[0]!.questions[0]!;

  it('matches the migration engine for every pair of kinds', () => {
    for (const from of QUESTION_KINDS) {
      for (const to of QUESTION_KINDS) {
        if (from === to) continue;
        const old = question(from);
        const next = question(to);
        const converted = probes[from].map(
          (value) => kindOf(next).convertFrom({ kind: from, value, question: old }, next) !== undefined,
        );
        const outcome = kindChangeOutcome(from, to);
        if (outcome === 'all') expect(converted, `${from} → ${to}`).not.toContain(false);
        if (outcome === 'none') expect(converted, `${from} → ${to}`).not.toContain(true);
        if (outcome === 'some') expect(converted, `${from} → ${to}`).toContain(true);
      }
    }
  });

  it('says what the examples of issue 10 do', () => {
    expect(kindChangeOutcome('textarea', 'table')).toBe('some');
    expect(kindChangeOutcome('yes-no', 'choice')).toBe('none');
    expect(kindChangeOutcome('textarea', 'impact')).toBe('all');
  });
});
