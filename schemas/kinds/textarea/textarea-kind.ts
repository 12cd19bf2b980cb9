import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { checkText, draftTextSchema, isBlank } from '../text-answer.ts';

export const textareaQuestionSchema = z.strictObject({ ...baseQuestionShape, kind: z.literal('textarea') });
export type TextareaQuestion = z.infer<typeof textareaQuestionSchema>;

/** Free text over several paragraphs (most questions of an EIA). */
export const textareaKind: QuestionKindSchemas<TextareaQuestion, string> = {
  kind: 'textarea',
  description: 'A longer answer in paragraphs, with line breaks and bulleted lines kept.',
  question: textareaQuestionSchema,
  answer: () => draftTextSchema,
  anyAnswer: draftTextSchema,
  empty: () => '',
  isEmpty: isBlank,
  check: checkText,
  text: (value) => value,
  same: (a, b) => a === b,
  convertFrom: ({ kind, value }) =>
    (kind === 'text' || kind === 'textarea') && typeof value === 'string' ? value : undefined,
};
