import type { DateParts } from '@schemas/answers.ts';
import { MONTH_NAMES, monthNumber, parseDateParts } from '@schemas/dates.ts';

/** Dates as the appendix writes them ("11 September 2019") and reads them from what people type. */

/** The month's name (0 = January) in English or Welsh. */
export function monthName(month: number, language: 'en' | 'cy'): string {
  return MONTH_NAMES[language][month] ?? '';
}

/** "11 September 2019" (the date in the exporting user's time zone). */
export function formatLongDate(date: Date): string {
  return `${date.getDate()} ${MONTH_NAMES.en[date.getMonth()]} ${date.getFullYear()}`;
}

/**
 * A real date as "11 September 2019" ("11 Medi 2019" in Welsh); anything else exactly as typed, parts
 * separated by "/", followed by `notReal` in brackets when given ("31/2/19 (not a real date)").
 */
export function formatDateParts(parts: DateParts, language: 'en' | 'cy' = 'en', notReal?: string): string {
  const date = parseDateParts(parts);
  if (date) return `${date.getUTCDate()} ${monthName(date.getUTCMonth(), language)} ${date.getUTCFullYear()}`;
  const typed = [parts.day, parts.month, parts.year].map((p) => p.trim()).join('/');
  return notReal ? `${typed} (${notReal})` : typed;
}

/**
 * Reads a meeting date typed as "11 September 2019", "11 Sept 2019", "11 Medi 2019", "11/09/2019" or
 * "2019-09-11" (a month's name as a date's month part is read: schemas/dates.ts monthNumber).
 * Returns null for anything else (the file name then uses the export date).
 */
export function parseLongDate(text: string): Date | null {
  const t = text.trim();
  let day: number, month: number, year: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)))
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(t))) {
    const named = monthNumber(m[2] ?? '');
    if (named === null) return null;
    [day, month, year] = [Number(m[1]), named, Number(m[3])];
  } else return null;
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}
