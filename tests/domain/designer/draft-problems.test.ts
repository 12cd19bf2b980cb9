import { describe, expect, it } from 'vitest';
import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { draftProblems } from '@/domain/designer/draft-problems.ts';
import { smallTemplate } from '../../template-builders.ts';

const withQuestions = (questions: QuestionDefinition[]): TemplateDefinition => ({
  ...smallTemplate,
  sections: [{ ...smallTemplate.sections[0]!, questions }],
});
const [name, owner, carers] = smallTemplate.sections[0]!.questions as [
  QuestionDefinition,
  QuestionDefinition,
  QuestionDefinition,
];

describe('draftProblems', () => {
  it('finds nothing wrong in the built-in template or a finished draft', () => {
    expect(draftProblems(hcpcEia201810Definition)).toEqual([]);
    expect(draftProblems(smallTemplate)).toEqual([]);
  });

  it('names a question with no label', () => {
    expect(draftProblems(withQuestions([name, { ...carers, label: { en: ' ' } }]))).toEqual([
      {
        code: 'labelMissing',
        values: { label: '', question: 2, section: 'About the change', sectionNumber: 1 },
        message: 'Enter a label for question 2 of “About the change”',
        sectionId: 'about',
        questionId: 'carers',
        field: 'label',
      },
    ]);
  });

  it('names two questions with one answer key', () => {
    const problems = draftProblems(withQuestions([name, { ...carers, id: 'name' }]));
    expect(problems).toEqual([
      expect.objectContaining({
        message: '“Name of the change” and “Carers” have the same answer key “name”: change one of them',
        field: 'id',
      }),
    ]);
  });

  it('names an empty section', () => {
    const problems = draftProblems({
      ...smallTemplate,
      sections: [
        ...smallTemplate.sections,
        { id: 'x', number: 2, title: { en: 'Carers' }, guidance: [], questions: [] },
      ],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'Section “Carers” has no questions: add a question or remove the section',
    ]);
  });

  it('names a choice with no options', () => {
    const rating = {
      id: 'rating',
      kind: 'choice',
      label: { en: 'Rating' },
      required: false,
      options: [],
    } as QuestionDefinition;
    expect(draftProblems(withQuestions([name, rating])).map((p) => p.message)).toEqual([
      'Add at least one option to “Rating”',
    ]);
  });

  it('names a unique role given to two questions, but not the shared equality-group role', () => {
    const problems = draftProblems(withQuestions([name, { ...owner, role: 'title' }, carers]));
    expect(problems.map((p) => p.message)).toEqual([
      '“Name of the change” and “Who owns it” are both “The title of the project or policy (names the assessment everywhere)”: only one question may have this role',
    ]);
  });

  it('names anything else the template schema refuses', () => {
    const problems = draftProblems(withQuestions([name, { ...carers, maxLength: 0 }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ questionId: 'carers', sectionId: 'about' });
    expect(problems[0]!.message).toMatch(/^“Carers”: /);
  });
});

describe('draftProblems of a table’s columns', () => {
  const table = (columns: unknown[]): QuestionDefinition =>
    ({
      id: 'actions',
      kind: 'table',
      label: { en: 'Action plan' },
      required: false,
      columns,
    }) as unknown as QuestionDefinition;
  const problemsOf = (columns: unknown[]) =>
    draftProblems(withQuestions([name, table(columns)])).map((p) => p.message);

  it('names a table with no columns', () => {
    expect(problemsOf([])).toEqual(['Add at least one column to the table “Action plan”']);
  });

  it('names two columns with one id, a column with no heading and a choice column with no options', () => {
    expect(
      problemsOf([
        { id: 'owner', label: { en: 'Owner' }, kind: 'text' },
        { id: 'owner', label: { en: 'Lead' }, kind: 'text' },
        { id: 'due', label: { en: ' ' }, kind: 'date' },
        { id: 'status', label: { en: 'Status' }, kind: 'choice', options: [] },
      ]),
    ).toEqual([
      'Two columns of the table “Action plan” have the id “owner”: remove one of them',
      'Enter a heading for column 3 of the table “Action plan”',
      'Add at least one option to the column “Status” of the table “Action plan”',
    ]);
  });

  it('points each column’s problem at the column', () => {
    const [problem] = draftProblems(
      withQuestions([name, table([{ id: 'status', label: { en: 'Status' }, kind: 'choice', options: [] }])]),
    );
    expect(problem).toMatchObject({ sectionId: 'about', questionId: 'actions', field: 'column:status' });
  });
});
