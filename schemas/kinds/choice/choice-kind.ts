import { z } from 'zod';
import { lowerFirst } from '../../answer-problems.ts';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftOptionValueSchema, optionsSchema } from '../options.ts';
import { choiceHelpers } from './helpers.ts';

export const choiceQuestionSchema = /* @__PURE__ */ z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('choice'),
  options: optionsSchema,
});
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;

/** One option (radios): the value of the chosen option, '' when none. */
export const choiceKind: QuestionKindSchemas<ChoiceQuestion, string> = {
  ...choiceHelpers,
  question: choiceQuestionSchema,
  answer: () => draftOptionValueSchema,
  anyAnswer: draftOptionValueSchema,
};

export { lowerFirst };
