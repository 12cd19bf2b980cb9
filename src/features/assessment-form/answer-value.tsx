import { isAnswerEmpty, type Answers, type DateParts } from '@schemas/answers.ts';
import { parseDateParts } from '@schemas/dates.ts';
import { type Question } from '@schemas/template-definition.ts';
import { MultilineText } from '@/components/multiline-text.tsx';

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "11 September 2019"; a date that is not real is shown as typed, and said to be not real. */
export function formatDateParts(parts: DateParts): string {
  const date = parseDateParts(parts);
  if (date) return longDate.format(date);
  const typed = [parts.day, parts.month, parts.year].map((p) => p.trim() || '?').join(' / ');
  return `${typed} (not a real date)`;
}

/** One answer as shown on Check your answers: "Not answered", a long date, or the text with its line breaks. */
export function AnswerValue({ question, answers }: { question: Question; answers: Answers }) {
  const value = answers[question.id as keyof Answers];
  if (isAnswerEmpty(value)) return <span className="govuk-hint govuk-!-margin-0">Not answered</span>;
  if (typeof value !== 'string') return <>{formatDateParts(value)}</>;
  return <MultilineText text={value} />;
}
