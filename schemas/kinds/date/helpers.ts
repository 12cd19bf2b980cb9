import { checkDateParts } from '../../dates.ts';
import type { QuestionKindHelpers } from '../kind.ts';
import { readObject, readString, withDefault } from '../read-plain.ts';
import { isBlank } from '../../plain/kinds/text-answer.ts';
import type { DateParts, DateQuestion } from './date-kind.ts';

const EMPTY: DateParts = { day: '', month: '', year: '' };

const part = withDefault(readString(20), () => '');

/** `datePartsSchema` (date-kind.ts), without Zod: day, month and year, each '' when missing. */
export const readDateParts = readObject<DateParts>({ day: part, month: part, year: part });

/** The `date` kind without Zod (date-kind.ts adds its schemas). */
export const dateHelpers: QuestionKindHelpers<DateQuestion, DateParts> = {
  kind: 'date',
  description: 'A date, typed as day, month and year.',
  read: (_question, value) => readDateParts(value),
  readAny: readDateParts,
  empty: () => ({ ...EMPTY }),
  isEmpty: (v) => isBlank(v.day) && isBlank(v.month) && isBlank(v.year),
  check: (question, value) => {
    return checkDateParts(value, question.label, { required: question.required });
  },
  text: (v) => [v.day, v.month, v.year].filter((p) => !isBlank(p)).join(' '),
  same: (a, b) => a.day === b.day && a.month === b.month && a.year === b.year,
  convertFrom: ({ kind, value }) => (kind === 'date' ? readDateParts(value) : undefined),
};
