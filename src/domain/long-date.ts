import type { DateParts } from '@schemas/answers.ts';
import { parseDateParts } from '@schemas/dates.ts';

/** Dates as the appendix writes them ("11 September 2019") and reads them from what people type. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The months in Welsh, for the Welsh appendix and answers. A table rather than `Intl`: browsers ship
 * reduced locale data, and Debian's Chromium formats `cy` dates with English month names.
 */
const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
];

/** The month's name (0 = January) in English or Welsh. */
export function monthName(month: number, language: 'en' | 'cy'): string {
  return (language === 'cy' ? WELSH_MONTHS : MONTHS)[month] ?? '';
}

/** "11 September 2019" (the date in the exporting user's time zone). */
export function formatLongDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
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
 * Reads a meeting date typed as "11 September 2019", "11 Sept 2019", "11/09/2019" or "2019-09-11".
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
    const name = (m[2] ?? '').toLowerCase();
    const index = MONTHS.findIndex((full) => {
      const f = full.toLowerCase();
      return name === f || name === f.slice(0, 3) || (f === 'september' && name === 'sept');
    });
    if (index < 0) return null;
    [day, month, year] = [Number(m[1]), index + 1, Number(m[3])];
  } else return null;
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}
