import { afterAll, describe, expect, it } from 'vitest';
import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';
import { activateLanguage, t } from '@/components/i18n/i18n.ts';
import { draftProblemText } from '@/components/i18n/designer-text.ts';
import { draftProblems, type DraftProblem, type DraftProblemCode } from '@/domain/designer/draft-problems.ts';
import { smallTemplate } from '../../template-builders.ts';

/**
 * The problems listed before a template is published come from the interface's catalogue: the domain gives
 * each a code and its values, the interface words it, in English exactly as the domain's English sentence,
 * and in Welsh.
 */
const [name, owner, carers, disabled] = smallTemplate.sections[0]!.questions as QuestionDefinition[];
const section = (
  questions: QuestionDefinition[],
  extra: Partial<TemplateDefinition['sections'][0]> = {},
) => ({
  ...smallTemplate.sections[0]!,
  questions,
  ...extra,
});
const table = (columns: unknown[]) =>
  ({
    id: 'actions',
    kind: 'table',
    label: { en: 'Actions' },
    required: false,
    columns,
  }) as QuestionDefinition;

/** Drafts that between them have every problem the designer's checks word. */
const DRAFTS: TemplateDefinition[] = [
  { ...smallTemplate, title: { en: '' }, sections: [] },
  {
    ...smallTemplate,
    sections: [
      section([
        name!,
        { ...owner!, label: { en: '' } },
        { ...carers!, id: 'name' },
        { ...disabled!, id: 'Bad key' },
      ]),
      section([], { id: 'empty', number: 2, title: { en: '' } }),
    ],
  },
  {
    ...smallTemplate,
    sections: [
      section([
        name!,
        { ...owner!, role: 'title' },
        {
          id: 'rating',
          kind: 'choice',
          label: { en: 'Rating' },
          required: false,
          options: [],
        } as QuestionDefinition,
        table([]),
        {
          ...table([
            { id: 'a', label: { en: '' }, kind: 'text' },
            { id: 'a', label: { en: 'Status' }, kind: 'choice', options: [] },
            { id: 'b', label: { en: '' }, kind: 'choice', options: [] },
          ]),
          id: 'plan',
        },
      ]),
    ],
  },
  // Two questions with no label yet and one answer key: each named by its number and its section.
  {
    ...smallTemplate,
    sections: [
      section([
        { ...name!, label: { en: '' } },
        { ...owner!, id: 'name', label: { en: '' } },
      ]),
    ],
  },
  { ...smallTemplate, languages: ['en', 'cy'] },
  { ...smallTemplate, languages: ['cy'], title: { en: 'Acme', cy: 'Acme' } },
  { ...smallTemplate, sections: [section([name!, { ...carers!, maxLength: 0 }])] },
];
const problems: DraftProblem[] = DRAFTS.flatMap(draftProblems);

afterAll(() => activateLanguage('en'));

describe('draftProblemText (the problems before publishing, in the interface language)', () => {
  it('covers every code the designer words', () => {
    const codes = new Set(problems.map((p) => p.code));
    const every: DraftProblemCode[] = [
      'titleMissing',
      'noSections',
      'sectionTitleMissing',
      'sectionEmpty',
      'labelMissing',
      'sameKey',
      'keyFormat',
      'noOptions',
      'noColumns',
      'columnHeadingMissing',
      'sameColumnId',
      'columnNoOptions',
      'roleTwice',
      'welshMissing',
      'schema',
    ];
    expect([...codes].sort()).toEqual([...every].sort());
  });

  it('words each in English exactly as the domain’s English sentence', async () => {
    await activateLanguage('en');
    for (const problem of problems) expect(draftProblemText(problem), problem.code).toBe(problem.message);
    expect(problems.map((p) => p.message)).toContain(
      '“question 1 of “About the change”” and “question 2 of “About the change”” have the same answer key “name”: change one of them',
    );
  });

  it('words each in Welsh, keeping the template’s own words', async () => {
    await activateLanguage('cy');
    const welsh = problems.map(draftProblemText);
    // Every problem but the schema's own (its wording of the fault is zod's English, named in the catalogue's).
    for (const [i, text] of welsh.entries()) {
      if (problems[i]!.code !== 'schema') expect(text, problems[i]!.code).not.toBe(problems[i]!.message);
    }
    expect(welsh).toContain('Rhowch deitl y ffurflen');
    expect(welsh).toContain('Rhowch label ar gyfer cwestiwn 2 o “About the change”');
    expect(welsh).toContain(
      'Nid oes cwestiynau yn adran “Adran 2”: ychwanegwch gwestiwn neu dilëwch yr adran',
    );
    expect(welsh).toContain(
      'Mae gan “Name of the change” a “Carers” yr un allwedd ateb “name”: newidiwch un ohonynt',
    );
    expect(welsh).toContain('Ychwanegwch o leiaf un opsiwn at colofn 3 y tabl “Actions”');
    expect(welsh.find((w) => w.includes('ill dau'))).toMatch(/Teitl y prosiect neu'r polisi/);
  });

  it('counts texts in Welsh with the mutations of "testun" after 2, 3 and 6', async () => {
    await activateLanguage('cy');
    const missing = (count: number) => t('designer.welsh.missing', { count });
    expect(missing(1)).toBe('Nid oes fersiwn Gymraeg gan 1 testun');
    expect(missing(2)).toBe('Nid oes fersiwn Gymraeg gan 2 destun');
    expect(missing(3)).toBe('Nid oes fersiwn Gymraeg gan 3 thestun');
    expect(missing(6)).toBe('Nid oes fersiwn Gymraeg gan 6 thestun');
    expect(missing(5)).toBe('Nid oes fersiwn Gymraeg gan 5 testun');
  });
});
