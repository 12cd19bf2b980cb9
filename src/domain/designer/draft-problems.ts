import { SHARED_ROLES, ROLE_DESCRIPTIONS } from '@schemas/roles.ts';
import { templateDefinitionSchema, type TemplateDefinition } from '@schemas/template-definition.ts';
import { countTexts, welshGaps } from './welsh-texts.ts';

/**
 * What must be fixed before a draft template can be published, each pointing at the section (and
 * question, and field) to change. The designer shows them in a GOV.UK error summary. Problems the
 * designer's own checks do not word are taken from the template schema, so nothing the schema would
 * refuse can be published.
 *
 * Each problem is a code with its values (no interface words): the interface words it from its catalogue
 * (`designerProblem.<code>`, src/components/i18n/designer-problem-text.ts), in English or Welsh; `message`
 * is the same sentence in English, for tests and any English-only reader. A question is named by its
 * values `label`, `question` (its number) and `section` / `sectionNumber` (for one with no label yet);
 * a second question by the same values prefixed `other`.
 */
export type DraftProblemCode =
  /** The form has no title: `{}`. */
  | 'titleMissing'
  /** The form has no section: `{}`. */
  | 'noSections'
  /** A section has no title: `{ sectionNumber }`. */
  | 'sectionTitleMissing'
  /** A section has no question: `{ section, sectionNumber }` (section: its title, '' when none). */
  | 'sectionEmpty'
  /** A question has no label: a question's name. */
  | 'labelMissing'
  /** Two questions have one answer key: `{ key }`, the two questions' names. */
  | 'sameKey'
  /** An answer key that is not letters and digits from a small letter: a question's name. */
  | 'keyFormat'
  /** A choice with no option: a question's name. */
  | 'noOptions'
  /** A table with no column: a question's name. */
  | 'noColumns'
  /** A column with no heading: `{ column }` (its number) and the question's name. */
  | 'columnHeadingMissing'
  /** Two columns with one id: `{ id }` and the question's name. */
  | 'sameColumnId'
  /** A choice column with no option: `{ column, heading }` (heading '' when none) and the question's name. */
  | 'columnNoOptions'
  /** A unique role given to two questions: `{ role }` and the two questions' names. */
  | 'roleTwice'
  /** Texts with no Welsh in a form published in Welsh: `{ count, bilingual }` (bilingual: 1 or 0). */
  | 'welshMissing'
  /** Anything else the template schema refuses: `{ issue }` (the schema's English) and where, as names. */
  | 'schema';

export type DraftProblem = {
  code: DraftProblemCode;
  values: Record<string, string | number>;
  /** The problem in English. */
  message: string;
  sectionId?: string;
  questionId?: string;
  /** Which field of the question or section: 'label', 'id', 'options', 'role', 'title', 'questions'… */
  field?: string;
  /** The id of the designer's field to fix it in, when known (e.g. the first text with no Welsh). */
  targetId?: string;
};

export function draftProblems(definition: TemplateDefinition): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (definition.title.en.trim() === '')
    problems.push({
      code: 'titleMissing',
      values: {},
      message: 'Enter the title of the form',
      field: 'title',
    });
  if (definition.sections.length === 0)
    problems.push({ code: 'noSections', values: {}, message: 'Add at least one section', field: 'sections' });
  const keys = new Map<string, { name: string; values: NameValues }>();
  const roles = new Map<string, { name: string; values: NameValues }>();
  definition.sections.forEach((section, s) => {
    const sectionName = section.title.en.trim() || `Section ${s + 1}`;
    if (section.title.en.trim() === '') {
      problems.push({
        code: 'sectionTitleMissing',
        values: { sectionNumber: s + 1 },
        message: `Enter a title for section ${s + 1}`,
        sectionId: section.id,
        field: 'title',
      });
    }
    if (section.questions.length === 0) {
      problems.push({
        code: 'sectionEmpty',
        values: { section: section.title.en.trim(), sectionNumber: s + 1 },
        message: `Section “${sectionName}” has no questions: add a question or remove the section`,
        sectionId: section.id,
        field: 'questions',
      });
    }
    section.questions.forEach((question, q) => {
      const name = question.label.en.trim() || `question ${q + 1} of “${sectionName}”`;
      const at = { sectionId: section.id, questionId: question.id };
      const named: NameValues = {
        label: question.label.en.trim(),
        question: q + 1,
        section: section.title.en.trim(),
        sectionNumber: s + 1,
      };
      if (question.label.en.trim() === '') {
        problems.push({
          code: 'labelMissing',
          values: named,
          message: `Enter a label for question ${q + 1} of “${sectionName}”`,
          ...at,
          field: 'label',
        });
      }
      const other = keys.get(question.id);
      if (other !== undefined) {
        problems.push({
          code: 'sameKey',
          values: { key: question.id, ...named, ...prefixed(other.values) },
          message: `“${other.name}” and “${name}” have the same answer key “${question.id}”: change one of them`,
          ...at,
          field: 'id',
        });
      } else keys.set(question.id, { name, values: named });
      if (!/^[a-z][a-zA-Z0-9]*$/.test(question.id)) {
        problems.push({
          code: 'keyFormat',
          values: named,
          message: `The answer key of “${name}” must start with a small letter and have only letters and digits`,
          ...at,
          field: 'id',
        });
      }
      const options = (question as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length === 0) {
        problems.push({
          code: 'noOptions',
          values: named,
          message: `Add at least one option to “${name}”`,
          ...at,
          field: 'options',
        });
      }
      problems.push(...columnProblems(question, name, named, at));
      if (question.role && !SHARED_ROLES.includes(question.role)) {
        const first = roles.get(question.role);
        if (first !== undefined) {
          problems.push({
            code: 'roleTwice',
            values: { role: question.role, ...named, ...prefixed(first.values) },
            message: `“${first.name}” and “${name}” are both “${ROLE_DESCRIPTIONS[question.role]}”: only one question may have this role`,
            ...at,
            field: 'role',
          });
        } else roles.set(question.role, { name, values: named });
      }
    });
  });
  problems.push(...welshProblems(definition));
  if (problems.length > 0) return problems;
  // Anything else the template schema refuses (an option with no label, a maximum length of 0…).
  const parsed = templateDefinitionSchema.safeParse(definition);
  if (parsed.success) return [];
  return parsed.error.issues.slice(0, 20).map((issue) => {
    const [, s, , q] = issue.path;
    const section = typeof s === 'number' ? definition.sections[s] : undefined;
    const question = section && typeof q === 'number' ? section.questions[q] : undefined;
    const name = question
      ? `“${question.label.en || question.id}”`
      : section
        ? `section “${section.title.en}”`
        : 'The form';
    const where: NameValues = question
      ? { label: question.label.en || question.id, question: 0, section: '', sectionNumber: 0 }
      : section
        ? { label: '', question: 0, section: section.title.en, sectionNumber: 0 }
        : { label: '', question: 0, section: '', sectionNumber: 0 };
    return {
      code: 'schema' as const,
      values: { issue: issue.message.replace(/\.$/, ''), ...where },
      message: `${name}: ${issue.message.replace(/\.$/, '')}`,
      ...(section ? { sectionId: section.id } : {}),
      ...(question ? { questionId: question.id } : {}),
    };
  });
}

/** How a problem names a question: its label, or (with none yet) its number and its section's. */
type NameValues = { label: string; question: number; section: string; sectionNumber: number };

/** A second question's name, its values prefixed `other` (otherLabel…). */
function prefixed(values: NameValues): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [`other${k.charAt(0).toUpperCase()}${k.slice(1)}`, v]),
  );
}

type Column = { id: string; kind: string; label: { en: string }; options?: unknown[] };

/**
 * A table's columns: at least one; each with a heading and an id of its own (an id is made when the
 * column is added, so two alike come only from a file edited by hand); a choice column with options.
 */
function columnProblems(
  question: { kind: string },
  name: string,
  named: NameValues,
  at: { sectionId: string; questionId: string },
): DraftProblem[] {
  if (question.kind !== 'table') return [];
  const columns = ((question as { columns?: Column[] }).columns ?? []) as Column[];
  if (columns.length === 0) {
    return [
      {
        code: 'noColumns',
        values: named,
        message: `Add at least one column to the table “${name}”`,
        ...at,
        field: 'columns',
      },
    ];
  }
  const problems: DraftProblem[] = [];
  const seen = new Set<string>();
  columns.forEach((column, c) => {
    const heading = column.label.en.trim();
    const columnName = heading ? `column “${heading}”` : `column ${c + 1}`;
    if (heading === '') {
      problems.push({
        code: 'columnHeadingMissing',
        values: { column: c + 1, ...named },
        message: `Enter a heading for column ${c + 1} of the table “${name}”`,
        ...at,
        field: `column:${column.id}`,
      });
    }
    if (seen.has(column.id)) {
      problems.push({
        code: 'sameColumnId',
        values: { id: column.id, ...named },
        message: `Two columns of the table “${name}” have the id “${column.id}”: remove one of them`,
        ...at,
        field: `column:${column.id}`,
      });
    }
    seen.add(column.id);
    if (column.kind === 'choice' && (column.options ?? []).length === 0) {
      problems.push({
        code: 'columnNoOptions',
        values: { column: c + 1, heading, ...named },
        message: `Add at least one option to the ${columnName} of the table “${name}”`,
        ...at,
        field: `column:${column.id}`,
      });
    }
  });
  return problems;
}

/** A template published in Welsh (alone or with English) whose texts lack their Welsh version. */
function welshProblems(definition: TemplateDefinition): DraftProblem[] {
  const { missing } = welshGaps(definition);
  const first = missing[0];
  if (!first) return [];
  const fix =
    (definition.languages ?? []).length === 2 ? 'publish it in English only' : 'publish it in English';
  return [
    {
      code: 'welshMissing',
      values: { count: missing.length, bilingual: (definition.languages ?? []).length === 2 ? 1 : 0 },
      message: `${countTexts(missing.length, 'missing')}: add ${missing.length === 1 ? 'it' : 'them'}, or ${fix}`,
      field: 'welsh',
      ...(first.sectionId ? { sectionId: first.sectionId } : {}),
      ...(first.questionId ? { questionId: first.questionId } : {}),
      ...(first.targetId ? { targetId: first.targetId } : {}),
    },
  ];
}
