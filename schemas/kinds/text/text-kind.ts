import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { labelFrom } from '../options.ts';
import { checkText, draftTextSchema, isBlank } from '../text-answer.ts';

export const textQuestionSchema = z.strictObject({ ...baseQuestionShape, kind: z.literal('text') });
export type TextQuestion = z.infer<typeof textQuestionSchema>;

/** One line of text (a title, a name). */
export const textKind: QuestionKindSchemas<TextQuestion, string> = {
  kind: 'text',
  description: 'A short answer on one line, such as a title or a name.',
  question: textQuestionSchema,
  answer: () => draftTextSchema,
  anyAnswer: draftTextSchema,
  empty: () => '',
  isEmpty: isBlank,
  check: checkText,
  text: (value) => value,
  same: (a, b) => a === b,
  convertFrom: ({ kind, value, question }) => {
    if ((kind === 'text' || kind === 'textarea') && typeof value === 'string') {
      return !value.includes('\n') ? value : undefined;
    }
    // A chosen option becomes its label's text (choice → text keeps the words).
    if (kind === 'choice' && typeof value === 'string') {
      const label = value === '' ? '' : labelFrom(question, value);
      return !label.includes('\n') ? label : undefined;
    }
    return undefined;
  },
};
