import { useState } from 'react';
import { NotificationBanner } from './notification-banner.tsx';
import { type ReadOnlyReason } from '@/storage/draft-session.ts';
import { useT } from '@/components/i18n/use-locale.ts';

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
  const t = useT();
  if (reason !== 'open-in-another-tab' && reason !== 'taken-over') return null;
  const heading =
    reason === 'open-in-another-tab' ? t('banner.readOnly.openElsewhere') : t('banner.readOnly.takenOver');
  return (
    <NotificationBanner heading={heading}>
      <p className="govuk-body">{t('banner.readOnly.oneTab')}</p>
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
            {t('banner.readOnly.editHere')}
          </button>
          <p className="govuk-body-s">{t('banner.readOnly.otherSavesFirst')}</p>
        </>
      )}
    </NotificationBanner>
  );
}
