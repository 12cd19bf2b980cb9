import { SHARED_ROLES, ROLE_DESCRIPTIONS } from '@schemas/roles.ts';
import { templateDefinitionSchema, type TemplateDefinition } from '@schemas/template-definition.ts';
import { countTexts, welshGaps } from './welsh-texts.ts';

/**
 * What must be fixed before a draft template can be published, as plain sentences an EDI manager can
 * act on, each pointing at the section (and question, and field) to change. The designer shows them in
 * a GOV.UK error summary. Problems the designer's own checks do not word are taken from the template
 * schema, so nothing the schema would refuse can be published.
 */
export type DraftProblem = {
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
    problems.push({ message: 'Enter the title of the form', field: 'title' });
  if (definition.sections.length === 0)
    problems.push({ message: 'Add at least one section', field: 'sections' });
  const keys = new Map<string, string>();
  const roles = new Map<string, string>();
  definition.sections.forEach((section, s) => {
    const sectionName = section.title.en.trim() || `Section ${s + 1}`;
    if (section.title.en.trim() === '') {
      problems.push({ message: `Enter a title for section ${s + 1}`, sectionId: section.id, field: 'title' });
    }
    if (section.questions.length === 0) {
      problems.push({
        message: `Section “${sectionName}” has no questions: add a question or remove the section`,
        sectionId: section.id,
        field: 'questions',
      });
    }
    section.questions.forEach((question, q) => {
      const name = question.label.en.trim() || `question ${q + 1} of “${sectionName}”`;
      const at = { sectionId: section.id, questionId: question.id };
      if (question.label.en.trim() === '') {
        problems.push({
          message: `Enter a label for question ${q + 1} of “${sectionName}”`,
          ...at,
          field: 'label',
        });
      }
      const other = keys.get(question.id);
      if (other !== undefined) {
        problems.push({
          message: `“${other}” and “${name}” have the same answer key “${question.id}”: change one of them`,
          ...at,
          field: 'id',
        });
      } else keys.set(question.id, name);
      if (!/^[a-z][a-zA-Z0-9]*$/.test(question.id)) {
        problems.push({
          message: `The answer key of “${name}” must start with a small letter and have only letters and digits`,
          ...at,
          field: 'id',
        });
      }
      const options = (question as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length === 0) {
        problems.push({ message: `Add at least one option to “${name}”`, ...at, field: 'options' });
      }
      problems.push(...columnProblems(question, name, at));
      if (question.role && !SHARED_ROLES.includes(question.role)) {
        const first = roles.get(question.role);
        if (first !== undefined) {
          problems.push({
            message: `“${first}” and “${name}” are both “${ROLE_DESCRIPTIONS[question.role]}”: only one question may have this role`,
            ...at,
            field: 'role',
          });
        } else roles.set(question.role, name);
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
    return {
      message: `${name}: ${issue.message.replace(/\.$/, '')}`,
      ...(section ? { sectionId: section.id } : {}),
      ...(question ? { questionId: question.id } : {}),
    };
  });
}

type Column = { id: string; kind: string; label: { en: string }; options?: unknown[] };

/**
 * A table's columns: at least one; each with a heading and an id of its own (an id is made when the
 * column is added, so two alike come only from a file edited by hand); a choice column with options.
 */
function columnProblems(
  question: { kind: string },
  name: string,
  at: { sectionId: string; questionId: string },
): DraftProblem[] {
  if (question.kind !== 'table') return [];
  const columns = ((question as { columns?: Column[] }).columns ?? []) as Column[];
  if (columns.length === 0) {
    return [{ message: `Add at least one column to the table “${name}”`, ...at, field: 'columns' }];
  }
  const problems: DraftProblem[] = [];
  const seen = new Set<string>();
  columns.forEach((column, c) => {
    const heading = column.label.en.trim();
    const columnName = heading ? `column “${heading}”` : `column ${c + 1}`;
    if (heading === '') {
      problems.push({
        message: `Enter a heading for column ${c + 1} of the table “${name}”`,
        ...at,
        field: `column:${column.id}`,
      });
    }
    if (seen.has(column.id)) {
      problems.push({
        message: `Two columns of the table “${name}” have the id “${column.id}”: remove one of them`,
        ...at,
        field: `column:${column.id}`,
      });
    }
    seen.add(column.id);
    if (column.kind === 'choice' && (column.options ?? []).length === 0) {
      problems.push({
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
      message: `${countTexts(missing.length, 'missing')}: add ${missing.length === 1 ? 'it' : 'them'}, or ${fix}`,
      field: 'welsh',
      ...(first.sectionId ? { sectionId: first.sectionId } : {}),
      ...(first.questionId ? { questionId: first.questionId } : {}),
      ...(first.targetId ? { targetId: first.targetId } : {}),
    },
  ];
}
