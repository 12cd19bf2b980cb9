import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { textLikeKind } from '../text-like-kind.ts';

export const textareaQuestionSchema = z.strictObject({ ...baseQuestionShape, kind: z.literal('textarea') });
export type TextareaQuestion = z.infer<typeof textareaQuestionSchema>;

/** Free text over several paragraphs (most questions of an EIA). */
export const textareaKind: QuestionKindSchemas<TextareaQuestion, string> = {
  kind: 'textarea',
  description: 'A longer answer in paragraphs, with line breaks and bulleted lines kept.',
  question: textareaQuestionSchema,
  ...textLikeKind<TextareaQuestion>(() => true),
};
