import { problem } from '../../answer-problems.ts';
import type { QuestionKindHelpers } from '../kind.ts';
import { optionLabel, readDraftOptionValue } from '../../plain/kinds/options.ts';
import { readArray } from '../read-plain.ts';
import type { ChoicesQuestion } from './choices-kind.ts';

/** `choicesAnswerSchema` (choices-kind.ts), without Zod: up to 200 option values. */
export const readChoicesAnswer = readArray(readDraftOptionValue, 200);

/** The `choices` kind without Zod (choices-kind.ts adds its schemas). */
export const choicesHelpers: QuestionKindHelpers<ChoicesQuestion, string[]> = {
  kind: 'choices',
  description: 'Any number of answers chosen from options the template lists (checkboxes).',
  read: (_question, value) => readChoicesAnswer(value),
  readAny: readChoicesAnswer,
  empty: () => [],
  isEmpty: (v) => v.length === 0,
  check: (question, value) => {
    if (!question.required || value.some((v) => question.options.some((o) => o.value === v))) return null;
    return question.requiredMessage !== undefined
      ? problem('custom', { text: question.requiredMessage })
      : problem('selectOption', { label: question.label });
  },
  text: (value, question) =>
    inTemplateOrder(question.options, value)
      .map((v) => optionLabel(question.options, v))
      .join('\n'),
  same: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  convertFrom: ({ kind, value }) => {
    if (kind === 'choices') return readChoicesAnswer(value);
    if (kind === 'choice' && typeof value === 'string') return value === '' ? [] : [value];
    return undefined;
  },
};

/** The ticked values in the template's order, then any value it does not list, as stored. */
export function inTemplateOrder(
  options: ReadonlyArray<{ value: string }>,
  values: readonly string[],
): string[] {
  const listed = options.map((o) => o.value).filter((v) => values.includes(v));
  return [...listed, ...values.filter((v) => !options.some((o) => o.value === v))];
}
