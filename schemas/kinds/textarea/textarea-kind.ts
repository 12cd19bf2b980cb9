import { z } from 'zod';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { labelFrom } from '../options.ts';
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
  convertFrom: ({ kind, value, question }) => {
    if ((kind === 'text' || kind === 'textarea') && typeof value === 'string') {
      return value;
    }
    // A chosen option becomes its label's text (choice → textarea keeps the words).
    if (kind === 'choice' && typeof value === 'string') {
      const label = value === '' ? '' : labelFrom(question, value);
      return label;
    }
    return undefined;
  },
};
