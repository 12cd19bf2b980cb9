import { type AnswerValue, type DateParts } from '@schemas/answers.ts';
import { parseDateParts } from '@schemas/dates.ts';
import { type Language } from '@schemas/local-text.ts';
import { monthName } from '@/domain/long-date.ts';
import { OUTPUT_STRINGS } from '@/domain/output-strings.ts';

/** "11 September 2019" / "11 Medi 2019"; a date that is not real is shown as typed, and said to be not real. */
function formatDateParts(parts: DateParts, language: Language): string {
  const date = parseDateParts(parts);
  if (date) return `${date.getUTCDate()} ${monthName(date.getUTCMonth(), language)} ${date.getUTCFullYear()}`;
  const typed = [parts.day, parts.month, parts.year].map((p) => p.trim() || '?').join(' / ');
  // The appendix's words for it, in the answer's language (the assessment's): one wording for both.
  return `${typed} (${OUTPUT_STRINGS[language].answers.notRealDate})`;
}

/** A date on Check your answers, in the assessment's language: "11 September 2019", or as typed and said to be not real. */
export function DateAnswer({ value, language = 'en' }: { value: AnswerValue; language?: Language }) {
  return <>{formatDateParts(value as DateParts, language)}</>;
}
