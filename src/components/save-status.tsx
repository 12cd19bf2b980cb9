import { useSyncExternalStore, type ReactNode } from 'react';
import { type SaveStatusStore } from '@/storage/use-assessment-draft.ts';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * The quiet autosave status: "Saved at 14:32", "Saving…" or "Not saved", announced politely to screen
 * readers. It subscribes to the save status itself, so saving re-renders only this line.
 */
export function SaveStatus({ status }: { status: SaveStatusStore }) {
  const current = useSyncExternalStore(status.subscribe, status.getStatus);
  let text: ReactNode;
  switch (current.state) {
    case 'idle':
      text = 'Changes are saved automatically in this browser';
      break;
    case 'pending':
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = `Saved at ${time.format(current.at)}`;
      break;
    case 'failed':
      text = <strong className="govuk-!-font-weight-bold">Not saved</strong>;
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
