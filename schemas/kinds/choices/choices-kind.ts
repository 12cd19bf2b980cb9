import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftOptionValueSchema, optionsSchema } from '../options.ts';
import { choicesHelpers } from './helpers.ts';

export { inTemplateOrder, readChoicesAnswer } from './helpers.ts';

export const choicesQuestionSchema = /* @__PURE__ */ z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('choices'),
  options: optionsSchema,
});
export type ChoicesQuestion = z.infer<typeof choicesQuestionSchema>;

/** The values of the ticked options, in the order they were ticked; values the template no longer lists are kept. */
export const choicesAnswerSchema = /* @__PURE__ */ z.array(draftOptionValueSchema).max(200);

/** Any number of options (checkboxes): the values of the ticked ones. */
export const choicesKind: QuestionKindSchemas<ChoicesQuestion, string[]> = {
  ...choicesHelpers,
  question: choicesQuestionSchema,
  answer: () => choicesAnswerSchema,
  anyAnswer: choicesAnswerSchema,
};
