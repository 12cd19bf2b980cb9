import type { QuestionKindHelpers } from '../kind.ts';
import { textLikeKind } from '../text-like-kind.ts';
import type { TextQuestion } from './text-kind.ts';

/** The `text` kind without Zod (text-kind.ts adds its schemas). */
export const textHelpers: QuestionKindHelpers<TextQuestion, string> = {
  kind: 'text',
  description: 'A short answer on one line, such as a title or a name.',
  ...textLikeKind<TextQuestion>((text) => !text.includes('\n')),
};
