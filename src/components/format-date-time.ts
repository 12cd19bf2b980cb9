import { currentLanguage, t } from './i18n/i18n.ts';

/**
 * Dates and times as GOV.UK writes them, in the user's time zone and the interface language:
 * "5 January 2026 at 2:32pm", "5 Ionawr 2026 am 2:32 yh". Components that show them call `useLocale()` or
 * `useT()`, so they re-render when the language changes.
 */
const formats = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formatsFor(language: string) {
  let found = formats.get(language);
  if (!found) {
    const locale = language === 'cy' ? 'cy' : 'en-GB';
    found = {
      date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', hour12: true }),
    };
    formats.set(language, found);
  }
  return found;
}

export function formatTime(iso: string | Date): string {
  const language = currentLanguage();
  const text = formatsFor(language).time.format(new Date(iso));
  // GOV.UK style in English: "2:32pm"; Welsh keeps Intl's "2:32 yh".
  return language === 'en' ? text.replace(/\s/g, '').toLowerCase() : text;
}

export function formatDate(iso: string | Date): string {
  return formatsFor(currentLanguage()).date.format(new Date(iso));
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
