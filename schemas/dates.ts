import type { DateParts } from './kinds/date/date-kind.ts';

/**
 * GOV.UK date input rules: day, month and year, each checked with a specific message.
 * Returns null when the parts form a real date; otherwise the message and which parts are wrong.
 */
export type DateProblem = { message: string; parts: Array<keyof DateParts> };

export function parseDateParts(parts: DateParts): Date | null {
  const d = Number(parts.day.trim());
  const m = Number(parts.month.trim());
  const y = Number(parts.year.trim());
  if (!/^\d{1,2}$/.test(parts.day.trim()) || !/^\d{1,2}$/.test(parts.month.trim())) return null;
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
 * Checks a date the user typed. `label` is the field's name in the sentence, e.g. "Date EIA agreed".
 * Empty parts are fine only when all are empty and `required` is false.
 */
export function checkDateParts(
  parts: DateParts,
  label: string,
  options: { required: boolean; notInFuture?: boolean; today?: Date },
): DateProblem | null {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter((k) => parts[k].trim() === '');
  if (missing.length === 3) {
    return options.required
      ? { message: `Enter the ${label.toLowerCase()}`, parts: ['day', 'month', 'year'] }
      : null;
  }
  if (missing.length > 0) {
    const words = missing.join(missing.length === 2 ? ' and ' : ', ');
    return { message: `${label} must include a ${words}`, parts: missing };
  }
  const wrong: Array<keyof DateParts> = [];
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) wrong.push('day');
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) wrong.push('month');
  if (!/^\d{4}$/.test(year)) wrong.push('year');
  if (wrong.includes('year') && wrong.length === 1) {
    return { message: `Year must include 4 numbers`, parts: ['year'] };
  }
  if (wrong.length > 0 || !parseDateParts(parts)) {
    return {
      message: `${label} must be a real date`,
      parts: wrong.length > 0 ? wrong : ['day', 'month', 'year'],
    };
  }
  if (options.notInFuture) {
    const today = options.today ?? new Date();
    const todayIso = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()))
      .toISOString()
      .slice(0, 10);
    if ((datePartsToIso(parts) ?? '') > todayIso) {
      return { message: `${label} must be today or in the past`, parts: ['day', 'month', 'year'] };
    }
  }
  return null;
}
