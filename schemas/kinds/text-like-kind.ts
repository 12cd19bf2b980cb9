import type { z } from 'zod';
import type { baseQuestionShape } from './base-question.ts';
import type { QuestionKindSchemas } from './kind.ts';
import { labelFrom } from './options.ts';
import { checkText, draftTextSchema, isBlank } from './text-answer.ts';

/**
 * What the `text` and `textarea` kinds share: a string answer kept exactly as typed. They differ only in
 * their field and in which strings from another kind they can take without loss (`fits`: one line only,
 * for `text`).
 */
type BaseQuestion = z.infer<z.ZodObject<typeof baseQuestionShape>>;

export function textLikeKind<Q extends BaseQuestion & { kind: string }>(
  fits: (text: string) => boolean,
): Omit<QuestionKindSchemas<Q, string>, 'kind' | 'description' | 'question'> {
  return {
    answer: () => draftTextSchema,
    anyAnswer: draftTextSchema,
    empty: () => '',
    isEmpty: isBlank,
    check: checkText,
    text: (value) => value,
    same: (a, b) => a === b,
    convertFrom: ({ kind, value, question }) => {
      if ((kind === 'text' || kind === 'textarea') && typeof value === 'string') {
        return fits(value) ? value : undefined;
      }
      // A chosen option becomes its label's text (choice → text keeps the words).
      if (kind === 'choice' && typeof value === 'string') {
        const label = value === '' ? '' : labelFrom(question, value);
        return fits(label) ? label : undefined;
      }
      return undefined;
    },
  };
}
