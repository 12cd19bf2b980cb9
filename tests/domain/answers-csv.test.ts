import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, hcpcEia201810, registerTemplate } from '@schemas/templates/index.ts';
import {
  answersCsvFileName,
  answersLongCsv,
  answersWideCsv,
  countOnTemplate,
  templatesUsed,
} from '@/domain/answers-csv.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildExampleAssessment } from '../builders.ts';
import { optionKindsTemplate } from '../option-kinds-template.ts';

/** A minimal RFC 4180 reader (every field quoted, CRLF), to assert on cells rather than on raw text. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

beforeAll(() => registerTemplate(optionKindsTemplate));
afterAll(() => forgetLearntTemplates());

const example = buildExampleAssessment();
const options = createAssessment({
  id: 'options-1',
  now: new Date('2026-01-05T10:00:00Z'),
  template: localiseTemplate(optionKindsTemplate),
  answers: {
    name: 'Lifts',
    consulted: { choice: 'yes', followUp: 'The disability network.' },
    scope: 'public',
    channels: ['web', 'letter'],
  },
});

describe('answersWideCsv (one row per assessment, a column per question of one form)', () => {
  it('has a column per question, headed with its section number and label, and the answers as cells', () => {
    const rows = readCsv(answersWideCsv([example, options], hcpcEia201810));
    expect(rows).toHaveLength(2); // the header and the example (the other form is left out)
    const [header, row] = rows as [string[], string[]];
    expect(header.slice(0, 5)).toEqual(['Assessment', 'Assessment ID', 'Status', 'Revision', 'Last edited']);
    expect(header[5]).toBe('1. Project / policy title');
    const cell = (label: string) => row[header.indexOf(label)];
    expect(cell('3. Age')).toBe('No impacts are expected to arise from this work for this group.');
    expect(cell('1. Date EIA agreed')).toBe('');
    expect(row[0]).toBe('Social media guidance updates 2019');
    expect(header).toHaveLength(5 + hcpcEia201810.sections.flatMap((s) => s.questions).length);
  });

  it('writes option answers as their words', () => {
    const template = localiseTemplate(optionKindsTemplate);
    const [header, row] = readCsv(answersWideCsv([options], template)) as [string[], string[]];
    const cell = (label: string) => row[header.indexOf(label)];
    expect(cell('2. The scope of the change')).toBe('The public');
    expect(cell('2. The channels it uses')).toBe('Website\nLetters');
    expect(cell('2. Have you consulted staff networks?')).toContain('Yes');
    expect(countOnTemplate([example, options], template)).toBe(1);
  });
});

describe('answersWideCsv with answers to questions no longer asked', () => {
  const kept = (questionId: string, label: string, text: string, templateVersion = '0') => ({
    questionId,
    label: { en: label },
    sectionTitle: { en: 'Old section' },
    kind: 'textarea',
    templateVersion,
    reason: 'removed' as const,
    value: text,
    text,
    movedAt: '2026-01-05T10:00:00.000Z',
  });

  it('adds a column per question no longer asked, after the form’s own, with each assessment’s kept answer', () => {
    const template = localiseTemplate(optionKindsTemplate);
    const first = { ...options, noLongerAsked: [kept('old', 'An old question', 'Kept words')] };
    const second = {
      ...options,
      id: 'options-2',
      noLongerAsked: [
        kept('older', 'An older question', 'Older words', '-1'),
        kept('old', 'An old question', 'Other kept words'),
      ],
    };
    const [header, ...rows] = readCsv(answersWideCsv([first, second, options], template)) as string[][];
    const own = 5 + optionKindsTemplate.sections.flatMap((s) => s.questions).length;
    expect(header!.slice(own)).toEqual([
      'No longer asked: An old question (version 0)',
      'No longer asked: An older question (version -1)',
    ]);
    expect(rows.map((row) => row.slice(own))).toEqual([
      ['Kept words', ''],
      ['Other kept words', 'Older words'],
      ['', ''],
    ]);
  });

  it('has no such column when no assessment has kept answers', () => {
    const [header] = readCsv(answersWideCsv([example], hcpcEia201810)) as string[][];
    expect(header!.some((h) => h.startsWith('No longer asked'))).toBe(false);
  });
});

describe('answersLongCsv (one row per answer)', () => {
  it('lists every question of each assessment on its own form, and the answers no longer asked', () => {
    const moved = {
      ...options,
      noLongerAsked: [
        {
          questionId: 'old',
          label: { en: 'An old question' },
          kind: 'textarea',
          templateVersion: '0',
          reason: 'removed' as const,
          value: 'Kept words',
          text: 'Kept words',
          movedAt: '2026-01-05T10:00:00.000Z',
        },
      ],
    };
    const rows = readCsv(answersLongCsv([example, moved]));
    expect(rows[0]).toEqual([
      'Assessment',
      'Assessment ID',
      'Status',
      'Revision',
      'Last edited',
      'Form',
      'Form version',
      'Section',
      'Question ID',
      'Question',
      'Answer',
    ]);
    const hcpcCount = hcpcEia201810.sections.flatMap((s) => s.questions).length;
    const optionCount = optionKindsTemplate.sections.flatMap((s) => s.questions).length;
    expect(rows).toHaveLength(1 + hcpcCount + optionCount + 1);
    const age = rows.find((r) => r[8] === 'age')!;
    expect(age.slice(5)).toEqual([
      'Equality, Diversity and Inclusion Impact Assessment',
      '2018-10',
      '3. Analysis by equality group',
      'age',
      'Age',
      'No impacts are expected to arise from this work for this group.',
    ]);
    const scope = rows.find((r) => r[8] === 'scope')!;
    expect(scope.slice(5)).toEqual([
      'Acme equality screening',
      '1',
      '2. Who the change reaches',
      'scope',
      'The scope of the change',
      'The public',
    ]);
    expect(rows.at(-1)!.slice(7)).toEqual([
      'Answers to questions no longer asked',
      'old',
      'An old question (version 0)',
      'Kept words',
    ]);
  });

  it('makes formula-looking answers harmless and names its files', () => {
    const risky = { ...example, answers: { ...example.answers, age: '=HYPERLINK("x")' } };
    expect(answersLongCsv([risky])).toContain(`"'=HYPERLINK(""x"")"`);
    const day = new Date('2026-03-04T12:00:00');
    expect(answersCsvFileName('long', day)).toBe('eia-answers-2026-03-04.csv');
    expect(answersCsvFileName('wide', day, hcpcEia201810)).toBe(
      'eia-answers-hcpc-eia-2018-10-2026-03-04.csv',
    );
    expect(templatesUsed([example, options, example])).toEqual([
      { id: 'hcpc-eia', version: '2018-10', count: 2 },
      { id: 'acme-options', version: '1', count: 1 },
    ]);
  });
});
