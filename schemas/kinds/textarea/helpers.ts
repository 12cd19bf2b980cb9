import type { QuestionKindHelpers } from '../kind.ts';
import { textLikeKind } from '../text-like-kind.ts';
import type { TextareaQuestion } from './textarea-kind.ts';

/** The `textarea` kind without Zod (textarea-kind.ts adds its schemas). */
export const textareaHelpers: QuestionKindHelpers<TextareaQuestion, string> = {
  kind: 'textarea',
  description: 'A longer answer in paragraphs, with line breaks and bulleted lines kept.',
  ...textLikeKind<TextareaQuestion>(() => true),
};
