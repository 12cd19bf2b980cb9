import { type AnswerValue, type DateParts } from '@schemas/answers.ts';
import { parseDateParts } from '@schemas/dates.ts';

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "11 September 2019"; a date that is not real is shown as typed, and said to be not real. */
function formatDateParts(parts: DateParts): string {
  const date = parseDateParts(parts);
  if (date) return longDate.format(date);
  const typed = [parts.day, parts.month, parts.year].map((p) => p.trim() || '?').join(' / ');
  return `${typed} (not a real date)`;
}

/** A date on Check your answers: "11 September 2019", or as typed and said to be not real. */
export function DateAnswer({ value }: { value: AnswerValue }) {
  return <>{formatDateParts(value as DateParts)}</>;
}
