import { readAnswers } from '@schemas/plain/answers.ts';
import { type Answers, type AnswersInput, type AnswerValue } from '@schemas/answers.ts';
import { helpersOf } from '@schemas/kinds/helpers.ts';
import { type FieldProblem } from '@schemas/completion.ts';
import { templateQuestions } from '@schemas/plain/template-definition.ts';
import { type Question, type Template } from '@schemas/template-definition.ts';
import { type UseFormReturn } from 'react-hook-form';
import { fieldKindOf } from './kinds/index.ts';

export { sameAnswers } from '@schemas/plain/answers.ts';

/** The react-hook-form instance behind the editor: typed input as drafted, `Answers` once parsed. */
export type AnswersForm = UseFormReturn<AnswersInput, unknown, Answers>;

/**
 * The form's values as `Answers`, read as the template's answers schema reads them (readAnswers). Values always parse (every
 * field is capped below the schema's limit by its `maxlength`), but if they ever did not, every value
 * is kept as it is: a draft is never dropped because it failed a check.
 */
export function toAnswers(values: AnswersInput, template: Template): Answers {
  return parseAnswers(values, template) ?? { ...(values as Answers) };
}

/**
 * The form's values as `Answers` when every one passes the template's answers schema, else undefined.
 * Read without Zod (schemas/answers.ts readAnswers), so typing loads no validation library.
 */
export function parseAnswers(values: AnswersInput, template: Template): Answers | undefined {
  return readAnswers(values, template);
}

const questionMaps = new WeakMap<Template, Map<string, Question>>();

function questionsById(template: Template): Map<string, Question> {
  let map = questionMaps.get(template);
  if (!map) {
    map = new Map(templateQuestions(template).map((q) => [q.id, q]));
    questionMaps.set(template, map);
  }
  return map;
}

/** Whether a field of the form (`name` as react-hook-form names it) holds the answer to a question of the template. */
export function isQuestionField(name: string, template: Template): boolean {
  return questionsById(template).has(name.split('.', 1)[0]!);
}

/**
 * What typing in one field changes: `previous` (answers from parseAnswers, or from this function) with
 * the answer of the question the field belongs to (`name` "q24.9.cells.action" is question q24's) read
 * again from `values` through that question's own schema, exactly as the whole answers schema reads it.
 * The other answers stay the very same objects, so a keystroke costs one answer's check, not the whole
 * assessment's. Also says whether that answer changed. Undefined when the field is no question of the
 * template or its value fails its check: then the caller reads every value (toAnswers), as before.
 */
export function withChangedAnswer(
  previous: Answers,
  values: AnswersInput,
  name: string,
  template: Template,
): { answers: Answers; changed: boolean } | undefined {
  const id = name.split('.', 1)[0]!;
  const question = questionsById(template).get(id);
  if (!question || !Object.prototype.hasOwnProperty.call(previous, id)) return undefined;
  const kind = helpersOf(question);
  // `values` may be react-hook-form's own objects, which it changes in place: parse a copy, so the
  // answer kept never changes under the caller.
  const raw: unknown = values[id];
  let value: AnswerValue;
  if (raw === undefined) value = kind.empty(question);
  else {
    const read = kind.read(question, typeof raw === 'object' ? structuredClone(raw) : raw);
    if (read === undefined) return undefined;
    value = read;
  }
  // `previous` holds every question's answer as its kind reads it (parseAnswers' guarantee).
  const changed = !kind.same(previous[id]!, value);
  return { answers: changed ? { ...previous, [id]: value } : previous, changed };
}

/** The id of the element to focus for a question (its kind decides: a date's first wrong part). */
export function fieldTargetId(question: Question, problem?: FieldProblem): string {
  return fieldKindOf(question).targetId(question, problem);
}

/** Template descriptors are written to follow the label ("Age — includes children…"); as a hint they start a sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
