import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftTextSchema } from '../text-answer.ts';
import { textareaHelpers } from './helpers.ts';

export const textareaQuestionSchema = /* @__PURE__ */ z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('textarea'),
});
export type TextareaQuestion = z.infer<typeof textareaQuestionSchema>;

/** Free text over several paragraphs (most questions of an EIA). */
export const textareaKind: QuestionKindSchemas<TextareaQuestion, string> = {
  ...textareaHelpers,
  question: textareaQuestionSchema,
  answer: () => draftTextSchema,
  anyAnswer: draftTextSchema,
};
