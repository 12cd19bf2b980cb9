import { NotificationBanner } from './notification-banner.tsx';
import { type DraftNotice } from '@/storage/draft-session.ts';

/** Tells the user about something that happened by itself (the page now shows another tab's text, or is editable). */
export function DraftNoticeBanner({ notice, onDismiss }: { notice: DraftNotice; onDismiss: () => void }) {
  if (!notice) return null;
  const heading =
    notice === 'now-editable'
      ? 'The other tab was closed, so you can change this assessment here now'
      : 'This assessment was changed in another tab. This page now shows the latest version.';
  return (
    <NotificationBanner variant="success" title="Updated" heading={heading}>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        onClick={onDismiss}
      >
        Hide this message
      </button>
    </NotificationBanner>
  );
}
