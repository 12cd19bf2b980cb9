import { problem } from '../../answer-problems.ts';
import type { QuestionKindHelpers } from '../kind.ts';
import { optionLabel, optionMatching, readDraftOptionValue } from '../../plain/kinds/options.ts';
import { isBlank } from '../../plain/kinds/text-answer.ts';
import type { ChoiceQuestion } from './choice-kind.ts';

/** The `choice` kind without Zod (choice-kind.ts adds its schemas). */
export const choiceHelpers: QuestionKindHelpers<ChoiceQuestion, string> = {
  kind: 'choice',
  description: 'One answer chosen from options the template lists (radios).',
  read: (_question, value) => readDraftOptionValue(value),
  readAny: readDraftOptionValue,
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
