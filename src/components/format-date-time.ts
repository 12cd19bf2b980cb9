/** Dates and times as GOV.UK writes them, in the user's time zone: "5 January 2026 at 2:32pm". */
const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true });

export function formatTime(iso: string | Date): string {
  return time.format(new Date(iso)).replace(/\s/g, '').toLowerCase();
}

export function formatDate(iso: string | Date): string {
  return date.format(new Date(iso));
}

export function formatDateTime(iso: string | Date): string {
  return `${formatDate(iso)} at ${formatTime(iso)}`;
}

/** "today at 2:32pm", "yesterday at 9:05am" or "3 January 2026 at 4:10pm". */
export function formatRelativeDateTime(iso: string | Date, now: Date = new Date()): string {
  const when = new Date(iso);
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const day = 86_400_000;
  if (when.getTime() >= startOfToday && when.getTime() < startOfToday + day)
    return `today at ${formatTime(when)}`;
  if (when.getTime() >= startOfToday - day && when.getTime() < startOfToday)
    return `yesterday at ${formatTime(when)}`;
  return formatDateTime(when);
}
