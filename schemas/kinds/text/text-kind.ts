import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { textLikeKind } from '../text-like-kind.ts';

export const textQuestionSchema = z.strictObject({ ...baseQuestionShape, kind: z.literal('text') });
export type TextQuestion = z.infer<typeof textQuestionSchema>;

/** One line of text (a title, a name). */
export const textKind: QuestionKindSchemas<TextQuestion, string> = {
  kind: 'text',
  description: 'A short answer on one line, such as a title or a name.',
  question: textQuestionSchema,
  ...textLikeKind<TextQuestion>((text) => !text.includes('\n')),
};
