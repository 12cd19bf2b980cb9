import type { Answers } from '@schemas/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import type { QuestionDefinition } from '@schemas/kinds/index.ts';
import { en } from '@schemas/local-text.ts';
import { localiseTemplate, type TemplateDefinition } from '@schemas/template-definition.ts';
import { createAssessment } from '@/domain/new-assessment.ts';

/**
 * The issue 9 benchmark template: 12 sections and 150 questions, among them 40 tables (action plans of
 * action, owner, due date, status) and 40 per-group impact ratings, every answer filled (tables with 10
 * rows each, texts of a few hundred characters). Made in code so the figures measure the engine, not a file.
 */
export const SECTIONS = 12;
export const QUESTIONS = 150;
export const TABLES = 40;
export const IMPACTS = 40;
export const ROWS = 10;

/** The kind of the n-th question (0-based): tables and impacts spread over every section. */
function kindAt(n: number): QuestionDefinition['kind'] {
  if (n % 15 === 0) return n === 0 ? 'text' : 'date';
  const slot = n % 15;
  // 15 questions per cycle, 10 cycles: 4 tables, 4 impacts, 4 textareas, 1 yes-no, 1 choice, 1 date/text.
  if ([1, 5, 9, 13].includes(slot)) return 'table';
  if ([2, 6, 10, 14].includes(slot)) return 'impact';
  if ([3, 7, 11].includes(slot)) return 'textarea';
  if (slot === 4) return 'yes-no';
  if (slot === 8) return 'choice';
  return 'textarea';
}

function question(n: number): QuestionDefinition {
  const base = { id: `q${n}`, label: en(`Question ${n + 1}`), required: true };
  const kind = kindAt(n);
  switch (kind) {
    case 'table':
      return {
        ...base,
        kind,
        label: en(`Action plan ${n + 1}`),
        rowName: en('action'),
        maxRows: 20,
        columns: [
          { id: 'action', label: en('Action'), kind: 'text', required: true },
          { id: 'owner', label: en('Owner'), kind: 'text', required: true },
          { id: 'due', label: en('Due date'), kind: 'date', required: true },
          {
            id: 'status',
            label: en('Status'),
            kind: 'choice',
            required: true,
            options: [
              { value: 'not-started', label: en('Not started') },
              { value: 'in-progress', label: en('In progress') },
              { value: 'done', label: en('Done') },
            ],
          },
        ],
      };
    case 'impact':
      return { ...base, kind, label: en(`Group ${n + 1}`), role: 'equality-group' };
    case 'yes-no':
      return { ...base, kind, followUp: { label: en('If yes, explain'), required: true } };
    case 'choice':
      return {
        ...base,
        kind,
        options: [
          { value: 'a', label: en('First') },
          { value: 'b', label: en('Second') },
        ],
      };
    case 'text':
      return { ...base, kind, role: 'title' };
    default:
      return { ...base, kind } as QuestionDefinition;
  }
}

export function largeTemplate(): TemplateDefinition {
  const questions = Array.from({ length: QUESTIONS }, (_, n) => question(n));
  const perSection = Math.ceil(QUESTIONS / SECTIONS);
  return {
    schemaVersion: 2,
    id: 'bench-large',
    version: '1',
    title: en('A large template (EIA)'),
    shortTitle: en('A large template'),
    introGuidance: [],
    sections: Array.from({ length: SECTIONS }, (_, s) => ({
      id: `s${s + 1}`,
      number: s + 1,
      title: en(`Section ${s + 1}`),
      guidance: [],
      questions: questions.slice(s * perSection, (s + 1) * perSection),
    })).filter((s) => s.questions.length > 0),
    about: { title: en('About'), blocks: [] },
    notice: en(''),
    footnotes: [],
  };
}

const TEXT =
  'The change reaches older people who ride the evening buses, the 2025 survey of 1,200 riders showed; we will keep route 7. ';

function answerFor(q: QuestionDefinition, n: number): unknown {
  switch (q.kind) {
    case 'table':
      return Array.from({ length: ROWS }, (_, r) => ({
        id: `q${n}r${r}`,
        cells: {
          action: `Action ${r + 1} of plan ${n + 1}: survey riders on the evening timetable and report back`,
          owner: `Owner ${r + 1}`,
          due: { day: String((r % 28) + 1), month: '3', year: '2026' },
          status: r % 2 ? 'done' : 'in-progress',
        },
      }));
    case 'impact':
      return { ratings: n % 3 ? ['negative'] : ['not-known'], why: `${TEXT}${n}`, mitigation: `${TEXT}${n}` };
    case 'yes-no':
      return { choice: 'yes', followUp: TEXT };
    case 'choice':
      return 'a';
    case 'date':
      return { day: '11', month: '9', year: '2019' };
    case 'text':
      return `Large template ${n}`;
    default:
      return TEXT.repeat(3);
  }
}

export function largeAssessment(definition = largeTemplate()): Assessment {
  const template = localiseTemplate(definition);
  const answers = Object.fromEntries(
    template.sections.flatMap((s) => s.questions).map((q, n) => [q.id, answerFor(q as never, n)]),
  );
  return createAssessment({
    id: 'bench-large',
    template,
    now: new Date('2026-01-05T10:00:00Z'),
    answers: answers as Answers,
  });
}
