import { t } from './i18n/i18n.ts';

/**
 * Dates and times as GOV.UK writes them, in the user's time zone and the interface language:
 * "5 January 2026 at 2:32pm", "5 Ionawr 2026 am 2:32 yh". The month names and "am"/"pm" come from the
 * catalogue, not from `Intl`: browsers ship reduced locale data (Debian's Chromium formats `cy` dates
 * with English month names). Components that show them call `useLocale()` or `useT()`, so they re-render
 * when the language changes.
 */
export function formatTime(iso: string | Date): string {
  const date = new Date(iso);
  const hours = date.getHours();
  const time = `${hours % 12 || 12}:${String(date.getMinutes()).padStart(2, '0')}`;
  return t(hours < 12 ? 'date.timeAm' : 'date.timePm', { time });
}

export function formatDate(iso: string | Date): string {
  const date = new Date(iso);
  return `${date.getDate()} ${t(`date.monthName.${date.getMonth() + 1}`)} ${date.getFullYear()}`;
}

export function formatDateTime(iso: string | Date): string {
  return t('date.at', { date: formatDate(iso), time: formatTime(iso) });
}

/** "today at 2:32pm", "yesterday at 9:05am" or "3 January 2026 at 4:10pm". */
export function formatRelativeDateTime(iso: string | Date, now: Date = new Date()): string {
  const when = new Date(iso);
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const day = 86_400_000;
  if (when.getTime() >= startOfToday && when.getTime() < startOfToday + day)
    return t('date.todayAt', { time: formatTime(when) });
  if (when.getTime() >= startOfToday - day && when.getTime() < startOfToday)
    return t('date.yesterdayAt', { time: formatTime(when) });
  return formatDateTime(when);
}
