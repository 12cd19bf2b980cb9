import { problem, type CodedProblem, type MissingDateParts, type ProblemValues } from './answer-problems.ts';
import type { DateParts } from './kinds/date/date-kind.ts';

/**
 * GOV.UK date input rules: day, month and year, each checked with a specific message.
 * Returns null when the parts form a real date; otherwise the problem (its code, values and English
 * sentence, schemas/answer-problems.ts) and which parts are wrong.
 */
export type DateProblem = CodedProblem & { parts: Array<keyof DateParts> };

/**
 * The months' names, January first, in English and in Welsh (the appendix writes them; a month may be typed
 * as one). A table rather than `Intl`: browsers ship reduced locale data, and Debian's Chromium formats `cy`
 * dates with English month names.
 */
export const MONTH_NAMES: Readonly<Record<'en' | 'cy', readonly string[]>> = {
  en: [
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
  ],
  cy: [
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
  ],
};

/**
 * The month typed (1–12), or null: a number ("9", "09"), or a month's name or its first three letters or
 * more, in English or Welsh ("Sept", "sep.", "September", "Medi"), as the GOV.UK date input advises
 * (accept month names, since 2023).
 */
export function monthNumber(typed: string): number | null {
  const text = typed.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (text.length < 3 || !/^[a-z]+$/.test(text)) return null;
  if (text === 'sept') return 9;
  const found = MONTH_NAMES.en.findIndex(
    (en, i) => en.toLowerCase().startsWith(text) || MONTH_NAMES.cy[i]!.toLowerCase().startsWith(text),
  );
  return found === -1 ? null : found + 1;
}

export function parseDateParts(parts: DateParts): Date | null {
  const d = Number(parts.day.trim());
  const m = monthNumber(parts.month);
  const y = Number(parts.year.trim());
  if (!/^\d{1,2}$/.test(parts.day.trim()) || m === null) return null;
  if (!/^\d{4}$/.test(parts.year.trim())) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** ISO `YYYY-MM-DD` for a real date, or null. */
export function datePartsToIso(parts: DateParts): string | null {
  const date = parseDateParts(parts);
  return date ? date.toISOString().slice(0, 10) : null;
}

export function isoToDateParts(iso: string): DateParts {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * Checks a date the user typed. `label` is the field's name in the sentence, e.g. "Date EIA agreed";
 * `row`, for a date in a table, the row's number ("Due date in row 2"), and `rowName` the table's name for
 * a row when it has one ("Due date for action 2").
 * Empty parts are fine only when all are empty and `required` is false.
 */
export function checkDateParts(
  parts: DateParts,
  label: string,
  options: { required: boolean; notInFuture?: boolean; today?: Date; row?: number; rowName?: string },
): DateProblem | null {
  const named: ProblemValues =
    options.row === undefined
      ? { label }
      : options.rowName
        ? { label, row: options.row, rowName: options.rowName }
        : { label, row: options.row };
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter((k) => parts[k].trim() === '');
  if (missing.length === 3) {
    return options.required ? { ...problem('dateRequired', named), parts: ['day', 'month', 'year'] } : null;
  }
  if (missing.length > 0) {
    const which = missing.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
    return { ...problem('dateMissing', { ...named, missing: which as MissingDateParts }), parts: missing };
  }
  const wrong: Array<keyof DateParts> = [];
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) wrong.push('day');
  if (monthNumber(month) === null) wrong.push('month');
  if (!/^\d{4}$/.test(year)) wrong.push('year');
  if (wrong.includes('year') && wrong.length === 1) {
    return { ...problem('dateYear'), parts: ['year'] };
  }
  if (wrong.length > 0 || !parseDateParts(parts)) {
    return { ...problem('dateNotReal', named), parts: wrong.length > 0 ? wrong : ['day', 'month', 'year'] };
  }
  if (options.notInFuture) {
    const today = options.today ?? new Date();
    const todayIso = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()))
      .toISOString()
      .slice(0, 10);
    if ((datePartsToIso(parts) ?? '') > todayIso) {
      return { ...problem('dateFuture', named), parts: ['day', 'month', 'year'] };
    }
  }
  return null;
}
