import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSWER_PROBLEM_CODES,
  englishProblem,
  type AnswerProblemCode,
  type ProblemValues,
} from '@schemas/answer-problems.ts';
import { checkQuestion } from '@schemas/completion.ts';
import { checkDateParts } from '@schemas/dates.ts';
import { kindOf } from '@schemas/kinds/index.ts';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { problemText } from '@/components/i18n/problem-text.ts';

/**
 * Issue 12: the answers' validation messages come from the interface's catalogue. The schemas give each
 * problem a code and its values (schemas/answer-problems.ts, no words of any language); the interface words
 * it, in English exactly as the schemas' English sentence, and in Welsh with Welsh plural forms.
 */

/** Values that exercise every code, in its usual and its special cases (a date in a table's row…). */
const SAMPLES: Array<[AnswerProblemCode, ProblemValues]> = [
  ['custom', { text: 'Enter the title of the policy' }],
  ['answerRequired', { label: 'Project/policy title' }],
  ['tooLong', { label: 'Intended outcomes', max: 2000, over: 1 }],
  ['tooLong', { label: 'Intended outcomes', max: 12000, over: 2345 }],
  ['selectOption', { label: 'The type of change?' }],
  ['selectYesNo', { label: 'Have you consulted?' }],
  ['impactRating', { group: 'Older people' }],
  ['impactWhy', { group: 'Older people' }],
  ['impactMitigation', { group: 'Older people' }],
  ['impactWhyTooLong', { label: '', max: 10, over: 3 }],
  ['impactWhyTooLong', { label: 'Why?', max: 10, over: 3 }],
  ['impactMitigationTooLong', { label: '', max: 10, over: 3 }],
  ['tableRequired', { label: 'Action plan', rowName: 'action' }],
  ['tableRequired', { label: 'Action plan', rowName: '' }],
  ['tableTooManyRows', { label: 'Action plan', max: 3, remove: 1 }],
  ['cellSelect', { label: 'Status', row: 1 }],
  ['cellRequired', { label: 'Action', row: 2 }],
  ['cellTooLong', { label: 'Action', row: 2, max: 20000 }],
  // A table that names its rows ("Action 2" on the page) names them so in its problems too.
  ['cellSelect', { label: 'Status', row: 1, rowName: 'action' }],
  ['cellRequired', { label: 'Owner', row: 2, rowName: 'action' }],
  ['cellTooLong', { label: 'Owner', row: 2, rowName: 'action', max: 200 }],
  ['dateRequired', { label: 'Due date', row: 3, rowName: 'action' }],
  ['dateMissing', { label: 'Due date', missing: 'year', row: 2, rowName: 'action' }],
  ['dateNotReal', { label: 'Due date', row: 1, rowName: 'action' }],
  ['dateRequired', { label: 'Date EIA agreed' }],
  ['dateRequired', { label: 'Due date', row: 3 }],
  ['dateMissing', { label: 'Date EIA agreed', missing: 'month' }],
  ['dateMissing', { label: 'Date EIA agreed', missing: 'dayYear' }],
  ['dateMissing', { label: 'Due date', missing: 'monthYear', row: 2 }],
  ['dateYear', {}],
  ['dateNotReal', { label: 'Date EIA agreed' }],
  ['dateNotReal', { label: 'Due date', row: 1 }],
  ['dateFuture', { label: 'Date EIA agreed' }],
];

describe('answer problems in English', () => {
  beforeAll(() => activateLanguage('en'));

  it('has a sample of every code', () => {
    expect(new Set(SAMPLES.map(([code]) => code))).toEqual(new Set(ANSWER_PROBLEM_CODES));
  });

  it.each(SAMPLES)('words %s exactly as the schemas’ English sentence', (code, values) => {
    expect(problemText({ code, values, message: '' })).toBe(englishProblem(code, values));
  });

  it('keeps a problem with no code (a message already worded) as it is', () => {
    expect(problemText({ message: 'Intended outcomes is too long: shorten it before completing' })).toBe(
      'Intended outcomes is too long: shorten it before completing',
    );
  });
});

describe('answer problems in Welsh', () => {
  beforeAll(() => activateLanguage('cy'));
  afterAll(() => activateLanguage('en'));

  const cy = (code: AnswerProblemCode, values: ProblemValues) => problemText({ code, values, message: '' });

  it('asks for a required answer, an option, yes or no, in Welsh', () => {
    expect(cy('answerRequired', { label: 'Teitl y prosiect' })).toBe(
      'Rhowch ateb i’r cwestiwn: Teitl y prosiect',
    );
    expect(cy('selectOption', { label: 'Math o newid' })).toBe('Dewiswch opsiwn: Math o newid');
    expect(cy('selectYesNo', { label: 'A ydych wedi ymgynghori?' })).toBe(
      'Dewiswch ie neu na: A ydych wedi ymgynghori?',
    );
    // The template's own message is its own wording, in the assessment's language.
    expect(cy('custom', { text: 'Rhowch deitl y polisi' })).toBe('Rhowch deitl y polisi');
  });

  it('counts characters with the Welsh plural forms', () => {
    expect(cy('tooLong', { label: 'Canlyniadau', max: 2000, over: 1 })).toBe(
      'Rhaid i’r ateb fod yn 2,000 o nodau neu lai (mae 1 nod yn ormod): Canlyniadau',
    );
    expect(cy('tooLong', { label: 'Canlyniadau', max: 3, over: 2 })).toBe(
      'Rhaid i’r ateb fod yn 3 nod neu lai (mae 2 nod yn ormod): Canlyniadau',
    );
    expect(cy('tooLong', { label: 'Canlyniadau', max: 6, over: 20 })).toBe(
      'Rhaid i’r ateb fod yn 6 nod neu lai (mae 20 o nodau yn ormod): Canlyniadau',
    );
    expect(cy('tableTooManyRows', { label: 'Cynllun gweithredu', max: 3, remove: 2 })).toBe(
      'Gall y tabl gynnwys 3 rhes ar y mwyaf, felly dilëwch 2 rhes: Cynllun gweithredu',
    );
  });

  it('words the usual impact questions and an unnamed row in Welsh', () => {
    expect(cy('impactRating', { group: 'Pobl hŷn' })).toBe(
      'Dewiswch yr effaith (cadarnhaol, negyddol, niwtral neu ddim yn hysbys) ar gyfer y grŵp: Pobl hŷn',
    );
    expect(cy('impactWhyTooLong', { label: '', max: 10, over: 3 })).toBe(
      "Rhaid i’r ateb fod yn 10 o nodau neu lai (mae 3 nod yn ormod): Pam ydych chi'n meddwl hyn?",
    );
    expect(cy('tableRequired', { label: 'Cynllun gweithredu', rowName: 'cam gweithredu' })).toBe(
      'Ychwanegwch o leiaf un rhes (“cam gweithredu”) at y tabl: Cynllun gweithredu',
    );
    expect(cy('tableRequired', { label: 'Cynllun gweithredu', rowName: '' })).toBe(
      'Ychwanegwch o leiaf un rhes at y tabl: Cynllun gweithredu',
    );
  });

  it('words a date that is not a real date, with the day, month and year in Welsh', () => {
    const date = (day: string, month: string, year: string, row?: number) =>
      checkDateParts({ day, month, year }, 'Dyddiad cytuno', {
        required: true,
        ...(row === undefined ? {} : { row }),
      });
    expect(problemText(date('', '', '')!)).toBe('Rhowch ddyddiad: Dyddiad cytuno');
    expect(problemText(date('11', '', '')!)).toBe('Rhaid i’r dyddiad gynnwys mis a blwyddyn: Dyddiad cytuno');
    expect(problemText(date('', '9', '2019')!)).toBe('Rhaid i’r dyddiad gynnwys diwrnod: Dyddiad cytuno');
    expect(problemText(date('11', '9', '19')!)).toBe("Rhaid i'r flwyddyn gynnwys 4 rhif");
    expect(problemText(date('31', '2', '2019')!)).toBe(
      'Rhaid i’r dyddiad fod yn ddyddiad go iawn: Dyddiad cytuno',
    );
    expect(problemText(date('31', '2', '2019', 2)!)).toBe(
      'Rhaid i’r dyddiad fod yn ddyddiad go iawn: Dyddiad cytuno yn rhes 2',
    );
    // A table that names its rows: "ar gyfer" ("for"), which mutates nothing after it.
    expect(cy('dateNotReal', { label: 'Dyddiad cau', row: 2, rowName: 'cam gweithredu' })).toBe(
      'Rhaid i’r dyddiad fod yn ddyddiad go iawn: Dyddiad cau ar gyfer cam gweithredu 2',
    );
    expect(cy('cellRequired', { label: 'Perchennog', row: 1, rowName: 'cam gweithredu' })).toBe(
      'Rhowch ateb ar gyfer cam gweithredu 1: Perchennog',
    );
    // A label the page words itself (the meeting date of "Publication details").
    expect(problemText(date('31', '2', '2019')!, 'Dyddiad y cyfarfod')).toBe(
      'Rhaid i’r dyddiad fod yn ddyddiad go iawn: Dyddiad y cyfarfod',
    );
  });

  it('words every kind’s completion problem from the catalogue, never in English', () => {
    const question = {
      id: 'outcomes',
      kind: 'textarea',
      label: 'Canlyniadau',
      required: true,
      maxLength: 5,
    } as const;
    expect(kindOf(question).check(question as never, '')).toMatchObject({ message: 'Answer “Canlyniadau”' });
    const problem = checkQuestion(question as never, { outcomes: 'abcdefg' } as never)!;
    expect(problem.message).toBe('Canlyniadau must be 5 characters or fewer (it is 2 too many)');
    expect(problemText(problem)).toBe(
      'Rhaid i’r ateb fod yn 5 o nodau neu lai (mae 2 nod yn ormod): Canlyniadau',
    );
  });
});
