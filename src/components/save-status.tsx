import { useSyncExternalStore, type ReactNode } from 'react';
import { type SaveStatusStore } from '@/storage/use-assessment-draft.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * The quiet autosave status: "Saved at 14:32", "Saving…" or "Not saved", announced politely to screen
 * readers. It subscribes to the save status itself, so saving re-renders only this line.
 */
export function SaveStatus({ status }: { status: SaveStatusStore }) {
  const current = useSyncExternalStore(status.subscribe, status.getStatus);
  const t = useT();
  let text: ReactNode;
  switch (current.state) {
    case 'idle':
      text = t('save.idle');
      break;
    case 'pending':
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.savedAt', { time: clockTime(current.at) });
      break;
    case 'failed':
      text = <strong className="govuk-!-font-weight-bold">{t('save.notSaved')}</strong>;
      break;
  }
  return (
    <p
      className="govuk-body-s govuk-hint govuk-!-margin-bottom-2 app-no-print"
      role="status"
      aria-live="polite"
      data-save-state={current.state}
    >
      {text}
    </p>
  );
}

/**
 * "14:32", the 24-hour clock both languages use here. Not from `Intl`: browsers ship reduced locale data, and
 * Chromium formats a "cy" time from the browser's own locale ("02:32 PM" in an American English browser).
 */
function clockTime(at: Date | string | number): string {
  const date = new Date(at);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
