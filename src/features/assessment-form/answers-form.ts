import { answersSchemaFor, type Answers, type AnswersInput } from '@schemas/answers.ts';
import { type FieldProblem } from '@schemas/completion.ts';
import { type Question, type Template } from '@schemas/template-definition.ts';
import { type UseFormReturn } from 'react-hook-form';
import { fieldKindOf } from './kinds/index.ts';

export { sameAnswers } from '@schemas/answers.ts';

/** The react-hook-form instance behind the editor: typed input as drafted, `Answers` once parsed. */
export type AnswersForm = UseFormReturn<AnswersInput, unknown, Answers>;

/**
 * The form's values as `Answers`, through the template's answers schema. Values always parse (every
 * field is capped below the schema's limit by its `maxlength`), but if they ever did not, every value
 * is kept as it is: a draft is never dropped because it failed a check.
 */
export function toAnswers(values: AnswersInput, template: Template): Answers {
  const parsed = answersSchemaFor(template).safeParse(values);
  if (parsed.success) return parsed.data;
  return { ...(values as Answers) };
}

/** The id of the element to focus for a question (its kind decides: a date's first wrong part). */
export function fieldTargetId(question: Question, problem?: FieldProblem): string {
  return fieldKindOf(question).targetId(question, problem);
}

/** Template descriptors are written to follow the label ("Age — includes children…"); as a hint they start a sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
