import type { z } from 'zod';
import type { baseQuestionShape } from './base-question.ts';
import type { QuestionKindHelpers } from './kind.ts';
import { labelFrom } from '../plain/kinds/options.ts';
import { readString } from './read-plain.ts';
import { checkText, isBlank, MAX_DRAFT_ANSWER_LENGTH } from '../plain/kinds/text-answer.ts';

/** `draftTextSchema` (text-answer.ts), without Zod: a string up to MAX_DRAFT_ANSWER_LENGTH. */
export const readDraftText = readString(MAX_DRAFT_ANSWER_LENGTH);

/**
 * What the `text` and `textarea` kinds share (their Zod-free helpers; their answer schema is draftTextSchema): a string answer kept exactly as typed. They differ only in
 * their field and in which strings from another kind they can take without loss (`fits`: one line only,
 * for `text`).
 */
type BaseQuestion = z.infer<z.ZodObject<typeof baseQuestionShape>>;

export function textLikeKind<Q extends BaseQuestion & { kind: string }>(
  fits: (text: string) => boolean,
): Omit<QuestionKindHelpers<Q, string>, 'kind' | 'description'> {
  return {
    read: (_question, value) => readDraftText(value),
    readAny: readDraftText,
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
      // An impact with only "why" (no rating, no mitigation): the why is the whole answer.
      if (kind === 'impact' && value !== null && typeof value === 'object') {
        const { ratings, why, mitigation } = value as {
          ratings?: unknown;
          why?: unknown;
          mitigation?: unknown;
        };
        const bare = Array.isArray(ratings) && ratings.length === 0 && (mitigation ?? '') === '';
        return bare && typeof why === 'string' && fits(why) ? why : undefined;
      }
      // A table of one row with one cell filled (a text answer converted to a table and back).
      if (kind === 'table' && Array.isArray(value)) {
        if (value.length === 0) return '';
        const cells = Object.values((value[0] as { cells?: Record<string, unknown> })?.cells ?? {}).filter(
          (c) =>
            !(typeof c === 'string' && c === '') &&
            !(typeof c === 'object' && c !== null && Object.values(c).every((p) => p === '')),
        );
        return value.length === 1 && cells.length === 1 && typeof cells[0] === 'string' && fits(cells[0])
          ? cells[0]
          : undefined;
      }
      return undefined;
    },
  };
}
