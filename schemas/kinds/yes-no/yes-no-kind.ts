import { z } from 'zod';
import { localTextSchema, requiredLocalTextSchema } from '../../local-text.ts';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftOptionValueSchema } from '../options.ts';
import { draftTextSchema } from '../text-answer.ts';
import { yesNoHelpers } from './helpers.ts';

export { readYesNoAnswer, showsFollowUp, yesNoLabel, YES_NO_LABELS } from './helpers.ts';

/** The follow-up question shown under the radios when the answer is `followUpWhen` ("If yes, explain"). */
export const followUpSchema = /* @__PURE__ */ z.strictObject({
  label: requiredLocalTextSchema,
  hint: localTextSchema.optional(),
  /** Required (when shown) to mark the section completed. */
  required: z.boolean().default(false),
});

export const yesNoQuestionSchema = /* @__PURE__ */ z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('yes-no'),
  followUp: followUpSchema.optional(),
  /** The answer that shows the follow-up question ("yes" when not given). */
  followUpWhen: z.enum(['yes', 'no']).optional(),
});
export type YesNoQuestion = z.infer<typeof yesNoQuestionSchema>;

/**
 * A yes / no answer as drafted: `choice` is 'yes', 'no' or '' (any other value an imported file holds
 * is kept as it is), and the follow-up's text, kept even while its question is hidden.
 */
export const yesNoAnswerSchema = /* @__PURE__ */ z.object({
  choice: draftOptionValueSchema,
  followUp: draftTextSchema,
});
export type YesNoAnswer = z.infer<typeof yesNoAnswerSchema>;

const draftYesNoSchema = /* @__PURE__ */ z.object({
  choice: draftOptionValueSchema.default(''),
  followUp: draftTextSchema.default(''),
});

/** Radios "Yes" and "No", with an optional follow-up question for one of them (GOV.UK conditional reveal). */
export const yesNoKind: QuestionKindSchemas<YesNoQuestion, YesNoAnswer> = {
  ...yesNoHelpers,
  question: yesNoQuestionSchema,
  answer: () => draftYesNoSchema,
  anyAnswer: yesNoAnswerSchema,
};
