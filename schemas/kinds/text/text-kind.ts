import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftTextSchema } from '../text-answer.ts';
import { textHelpers } from './helpers.ts';

export const textQuestionSchema = /* @__PURE__ */ z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('text'),
});
export type TextQuestion = z.infer<typeof textQuestionSchema>;

/** One line of text (a title, a name). */
export const textKind: QuestionKindSchemas<TextQuestion, string> = {
  ...textHelpers,
  question: textQuestionSchema,
  answer: () => draftTextSchema,
  anyAnswer: draftTextSchema,
};
