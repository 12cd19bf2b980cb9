import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import { problem } from '../../answer-problems.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftOptionValueSchema, optionLabel, optionsSchema } from '../options.ts';

export const choicesQuestionSchema = z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('choices'),
  options: optionsSchema,
});
export type ChoicesQuestion = z.infer<typeof choicesQuestionSchema>;

/** The values of the ticked options, in the order they were ticked; values the template no longer lists are kept. */
export const choicesAnswerSchema = z.array(draftOptionValueSchema).max(200);

/** Any number of options (checkboxes): the values of the ticked ones. */
export const choicesKind: QuestionKindSchemas<ChoicesQuestion, string[]> = {
  kind: 'choices',
  description: 'Any number of answers chosen from options the template lists (checkboxes).',
  question: choicesQuestionSchema,
  answer: () => choicesAnswerSchema,
  anyAnswer: choicesAnswerSchema,
  empty: () => [],
  isEmpty: (v) => v.length === 0,
  check: (question, value) => {
    if (!question.required || value.some((v) => question.options.some((o) => o.value === v))) return null;
    return question.requiredMessage !== undefined
      ? problem('custom', { text: question.requiredMessage })
      : problem('selectOption', { label: question.label });
  },
  text: (value, question) =>
    inTemplateOrder(question.options, value)
      .map((v) => optionLabel(question.options, v))
      .join('\n'),
  same: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  convertFrom: ({ kind, value }) => {
    if (kind === 'choices') return choicesAnswerSchema.safeParse(value).data;
    if (kind === 'choice' && typeof value === 'string') return value === '' ? [] : [value];
    return undefined;
  },
};

/** The ticked values in the template's order, then any value it does not list, as stored. */
export function inTemplateOrder(
  options: ReadonlyArray<{ value: string }>,
  values: readonly string[],
): string[] {
  const listed = options.map((o) => o.value).filter((v) => values.includes(v));
  return [...listed, ...values.filter((v) => !options.some((o) => o.value === v))];
}
