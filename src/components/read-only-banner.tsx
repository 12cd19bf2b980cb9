import { useState } from 'react';
import { NotificationBanner } from './notification-banner.tsx';
import { type ReadOnlyReason } from '@/storage/draft-session.ts';

/**
 * Explains why an assessment is read-only in this tab (open for editing in another tab) and offers to
 * edit it here instead: the other tab saves its text first and becomes read-only.
 */
export function ReadOnlyBanner({
  reason,
  canTakeOver,
  onTakeOver,
}: {
  reason: ReadOnlyReason;
  canTakeOver: boolean;
  onTakeOver: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  if (reason !== 'open-in-another-tab' && reason !== 'taken-over') return null;
  const heading =
    reason === 'open-in-another-tab'
      ? 'This assessment is open in another tab, so you can only read it here'
      : 'You are now editing this assessment in another tab, so this page is read-only';
  return (
    <NotificationBanner heading={heading}>
      <p className="govuk-body">
        To keep one version of the text, an assessment can be changed in only one tab at a time. This page
        shows the latest saved text.
      </p>
      {canTakeOver && (
        <>
          <button
            type="button"
            className="govuk-button govuk-!-margin-bottom-2"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void onTakeOver().finally(() => setBusy(false));
            }}
          >
            Edit it here instead
          </button>
          <p className="govuk-body-s">The other tab saves its changes first and then becomes read-only.</p>
        </>
      )}
    </NotificationBanner>
  );
}
