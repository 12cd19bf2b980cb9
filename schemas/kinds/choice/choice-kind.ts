import { z } from 'zod';
import { lowerFirst, problem } from '../../answer-problems.ts';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftOptionValueSchema, optionLabel, optionMatching, optionsSchema } from '../options.ts';
import { isBlank } from '../text-answer.ts';

export const choiceQuestionSchema = z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('choice'),
  options: optionsSchema,
});
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;

/** One option (radios): the value of the chosen option, '' when none. */
export const choiceKind: QuestionKindSchemas<ChoiceQuestion, string> = {
  kind: 'choice',
  description: 'One answer chosen from options the template lists (radios).',
  question: choiceQuestionSchema,
  answer: () => draftOptionValueSchema,
  anyAnswer: draftOptionValueSchema,
  empty: () => '',
  isEmpty: isBlank,
  check: (question, value) => {
    const listed = question.options.some((o) => o.value === value);
    if (listed || (!question.required && isBlank(value))) return null;
    return question.requiredMessage !== undefined
      ? problem('custom', { text: question.requiredMessage })
      : problem('selectOption', { label: question.label });
  },
  text: (value, question) => (isBlank(value) ? '' : optionLabel(question.options, value)),
  same: (a, b) => a === b,
  convertFrom: ({ kind, value }, question) => {
    if (kind === 'choice' && typeof value === 'string') return value;
    if ((kind === 'text' || kind === 'textarea') && typeof value === 'string') {
      return isBlank(value) ? '' : optionMatching(question.options, value);
    }
    return undefined;
  },
};

export { lowerFirst };
