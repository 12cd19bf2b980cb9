import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { checkDateParts } from '../../dates.ts';
import { isBlank } from '../text-answer.ts';

export const dateQuestionSchema = z.strictObject({ ...baseQuestionShape, kind: z.literal('date') });
export type DateQuestion = z.infer<typeof dateQuestionSchema>;

/** A date as the user typed it, GOV.UK style: day, month and year kept apart and as typed. */
export const datePartsSchema = z.object({
  day: z.string().max(20).default(''),
  month: z.string().max(20).default(''),
  year: z.string().max(20).default(''),
});
export type DateParts = z.infer<typeof datePartsSchema>;

const EMPTY: DateParts = { day: '', month: '', year: '' };

/** A day, month and year (GOV.UK date input). */
export const dateKind: QuestionKindSchemas<DateQuestion, DateParts> = {
  kind: 'date',
  description: 'A date, typed as day, month and year.',
  question: dateQuestionSchema,
  answer: () => datePartsSchema,
  anyAnswer: datePartsSchema,
  empty: () => ({ ...EMPTY }),
  isEmpty: (v) => isBlank(v.day) && isBlank(v.month) && isBlank(v.year),
  check: (question, value) => {
    return checkDateParts(value, question.label, { required: question.required });
  },
  text: (v) => [v.day, v.month, v.year].filter((p) => !isBlank(p)).join(' '),
  same: (a, b) => a.day === b.day && a.month === b.month && a.year === b.year,
  convertFrom: ({ kind, value }) => (kind === 'date' ? datePartsSchema.safeParse(value).data : undefined),
};
