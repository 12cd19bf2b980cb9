import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { dateHelpers } from './helpers.ts';

export { readDateParts } from './helpers.ts';

export const dateQuestionSchema = /* @__PURE__ */ z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('date'),
});
export type DateQuestion = z.infer<typeof dateQuestionSchema>;

/** A date as the user typed it, GOV.UK style: day, month and year kept apart and as typed. */
export const datePartsSchema = /* @__PURE__ */ z.object({
  day: z.string().max(20).default(''),
  month: z.string().max(20).default(''),
  year: z.string().max(20).default(''),
});
export type DateParts = z.infer<typeof datePartsSchema>;

/** A day, month and year (GOV.UK date input). */
export const dateKind: QuestionKindSchemas<DateQuestion, DateParts> = {
  ...dateHelpers,
  question: dateQuestionSchema,
  answer: () => datePartsSchema,
  anyAnswer: datePartsSchema,
};
