import { describe, expect, it } from 'vitest';
import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';
import {
  designerReducer,
  MAX_UNDO,
  startHistory,
  type DesignerHistory,
} from '@/domain/designer/designer-history.ts';
import {
  applyEdit,
  newQuestionId,
  newSectionId,
  withEnglish,
  withEnglishList,
  type EditCommand,
} from '@/domain/designer/edit-template.ts';
import { smallTemplate } from '../../template-builders.ts';

const edit = (state: DesignerHistory, command: EditCommand, group?: string) =>
  designerReducer(state, { type: 'edit', command, ...(group ? { group } : {}) });
const labels = (d: TemplateDefinition) => d.sections.map((s) => s.questions.map((q) => q.label.en));
const second: TemplateDefinition['sections'][number] = {
  id: 'impact',
  number: 2,
  title: { en: 'Impact' },
  guidance: [],
  questions: [{ id: 'overall', kind: 'textarea', label: { en: 'Overall' }, required: false }],
};
const twoSections: TemplateDefinition = { ...smallTemplate, sections: [...smallTemplate.sections, second] };

/** Every editing command: what it does, and that undo puts back exactly what was there, and redo again. */
const commands: Array<[string, EditCommand, (d: TemplateDefinition) => unknown, unknown]> = [
  [
    'adds a section (numbered last)',
    {
      type: 'add-section',
      section: { id: 'section-3', number: 0, title: { en: 'Carers' }, guidance: [], questions: [] },
    },
    (d) => d.sections.map((s) => `${s.number} ${s.title.en}`),
    ['1 About the change', '2 Impact', '3 Carers'],
  ],
  [
    'renames a section',
    { type: 'edit-section', sectionId: 'impact', patch: { title: { en: 'Summary' } } },
    (d) => d.sections[1]!.title.en,
    'Summary',
  ],
  [
    'sets a section’s guidance',
    {
      type: 'edit-section',
      sectionId: 'impact',
      patch: { guidance: [{ text: { en: 'Read this' }, printed: false }] },
    },
    (d) => d.sections[1]!.guidance.map((p) => p.text.en),
    ['Read this'],
  ],
  [
    'removes a section (and renumbers the rest)',
    { type: 'remove-section', sectionId: 'about' },
    (d) => d.sections.map((s) => `${s.number} ${s.id}`),
    ['1 impact'],
  ],
  [
    'moves a section up',
    { type: 'move-section', sectionId: 'impact', by: -1 },
    (d) => d.sections.map((s) => `${s.number} ${s.id}`),
    ['1 impact', '2 about'],
  ],
  [
    'adds a question at the end of its section',
    {
      type: 'add-question',
      sectionId: 'impact',
      question: {
        id: 'carers2',
        kind: 'choice',
        label: { en: 'Rating' },
        required: false,
        options: [],
      } as QuestionDefinition,
    },
    (d) => labels(d)[1],
    ['Overall', 'Rating'],
  ],
  [
    'edits a question’s fields',
    {
      type: 'edit-question',
      sectionId: 'about',
      questionId: 'carers',
      patch: { hint: { en: 'Think of unpaid carers' }, required: false, maxLength: 500 },
    },
    (d) => {
      const q = d.sections[0]!.questions[2]!;
      return [q.hint?.en, q.required, q.maxLength];
    },
    ['Think of unpaid carers', false, 500],
  ],
  [
    'clears an optional field (undefined removes it)',
    { type: 'edit-question', sectionId: 'about', questionId: 'name', patch: { role: undefined } },
    (d) => 'role' in d.sections[0]!.questions[0]!,
    false,
  ],
  [
    'removes a question',
    { type: 'remove-question', sectionId: 'about', questionId: 'owner' },
    (d) => labels(d)[0],
    ['Name of the change', 'Carers', 'Disabled people'],
  ],
  [
    'moves a question down',
    { type: 'move-question', sectionId: 'about', questionId: 'carers', by: 1 },
    (d) => labels(d)[0],
    ['Name of the change', 'Who owns it', 'Disabled people', 'Carers'],
  ],
  [
    'moves a question to another section',
    { type: 'move-question-to-section', sectionId: 'about', questionId: 'carers', toSectionId: 'impact' },
    labels,
    [
      ['Name of the change', 'Who owns it', 'Disabled people'],
      ['Overall', 'Carers'],
    ],
  ],
  [
    'changes the form’s title',
    { type: 'set-template', patch: { title: { en: 'Council EIA' } } },
    (d) => d.title.en,
    'Council EIA',
  ],
];

describe('designer editing commands', () => {
  it.each(commands)('%s, and undo and redo it', (_name, command, read, expected) => {
    const start = startHistory(twoSections);
    const done = edit(start, command);
    expect(read(done.definition)).toEqual(expected);
    const undone = designerReducer(done, { type: 'undo' });
    expect(undone.definition).toEqual(twoSections);
    const redone = designerReducer(undone, { type: 'redo' });
    expect(redone.definition).toEqual(done.definition);
  });

  it('never mutates the definition it is given', () => {
    const frozen = structuredClone(twoSections);
    for (const [, command] of commands) applyEdit(twoSections, command);
    expect(twoSections).toEqual(frozen);
  });

  it('does nothing (and adds no undo step) for a move past either end', () => {
    const start = startHistory(twoSections);
    expect(edit(start, { type: 'move-section', sectionId: 'about', by: -1 }).past).toHaveLength(1);
    const moved = edit(start, { type: 'move-question', sectionId: 'about', questionId: 'name', by: -1 });
    expect(moved.definition.sections[0]!.questions[0]!.id).toBe('name');
  });
});

describe('designer undo history', () => {
  it('makes typing in one field one undo step, and a new field a new step', () => {
    let state = startHistory(twoSections);
    for (const text of ['C', 'Ca', 'Car']) {
      state = edit(
        state,
        { type: 'edit-section', sectionId: 'impact', patch: { title: { en: text } } },
        'title:impact',
      );
    }
    expect(state.past).toHaveLength(1);
    state = edit(
      state,
      { type: 'edit-section', sectionId: 'about', patch: { title: { en: 'X' } } },
      'title:about',
    );
    expect(state.past).toHaveLength(2);
    state = designerReducer(state, { type: 'undo' });
    state = designerReducer(state, { type: 'undo' });
    expect(state.definition).toEqual(twoSections);
  });

  it('starts a new step after a break (the field lost focus)', () => {
    let state = startHistory(twoSections);
    state = edit(state, { type: 'set-template', patch: { title: { en: 'A' } } }, 'title');
    state = designerReducer(state, { type: 'break' });
    state = edit(state, { type: 'set-template', patch: { title: { en: 'AB' } } }, 'title');
    expect(state.past).toHaveLength(2);
  });

  it('forgets the redo steps after a new change, and keeps at most MAX_UNDO steps', () => {
    let state = startHistory(twoSections);
    state = edit(state, { type: 'move-section', sectionId: 'impact', by: -1 });
    state = designerReducer(state, { type: 'undo' });
    expect(state.future).toHaveLength(1);
    state = edit(state, { type: 'remove-section', sectionId: 'impact' });
    expect(state.future).toHaveLength(0);
    for (let i = 0; i < MAX_UNDO + 20; i += 1) {
      state = edit(state, { type: 'set-template', patch: { title: { en: `T${i}` } } });
    }
    expect(state.past).toHaveLength(MAX_UNDO);
  });

  it('ignores undo with nothing to undo and redo with nothing to redo', () => {
    const state = startHistory(twoSections);
    expect(designerReducer(state, { type: 'undo' })).toBe(state);
    expect(designerReducer(state, { type: 'redo' })).toBe(state);
  });
});

describe('editing keeps Welsh texts', () => {
  it('keeps the Welsh and marks it for review when the English changes', () => {
    expect(withEnglish({ en: 'Age', cy: 'Oedran' }, 'Age group')).toEqual({
      en: 'Age group',
      cy: 'Oedran',
      cyNeedsReview: true,
    });
    expect(withEnglish({ en: 'Age', cy: 'Oedran' }, 'Age')).toEqual({ en: 'Age', cy: 'Oedran' });
  });

  it('keeps a Welsh paragraph whose English line was removed', () => {
    expect(withEnglishList([{ en: 'One' }, { en: 'Two', cy: 'Dau' }], ['One'])).toEqual([
      { en: 'One' },
      { en: '', cy: 'Dau', cyNeedsReview: true },
    ]);
  });
});

describe('new ids', () => {
  it('makes an unused answer key from a label, and an unused section id', () => {
    expect(newQuestionId(twoSections, 'Socio-economic disadvantage')).toBe('socioEconomicDisadvantage');
    expect(newQuestionId(twoSections, 'Carers')).toBe('carers2');
    expect(newQuestionId(twoSections, '2nd')).toBe('question2nd');
    expect(newSectionId(twoSections)).toBe('section-3');
  });
});
