import { useState } from 'react';
import { Link } from 'wouter';
import { NotificationBanner } from './notification-banner.tsx';
import { type ReadOnlyReason } from '@/storage/draft-session.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * Explains why an assessment is read-only and what to do: open for editing in another tab (offers to edit
 * it here instead: the other tab saves its text first and becomes read-only), or agreed and locked (points
 * to the task list, where "Start a new revision" is).
 */
export function ReadOnlyBanner(
  props:
    | {
        reason: ReadOnlyReason;
        canTakeOver: boolean;
        onTakeOver: () => Promise<void>;
      }
    | { reason: 'agreed'; taskListHref: string },
) {
  const [busy, setBusy] = useState(false);
  const t = useT();
  if (props.reason === 'agreed') {
    return (
      <NotificationBanner title={t('banner.readOnly.agreedTitle')} heading={t('banner.readOnly.agreed')}>
        <p className="govuk-body">{t('banner.readOnly.agreedWhy')}</p>
        <p className="govuk-body">
          <Link href={props.taskListHref} className="govuk-notification-banner__link">
            {t('banner.readOnly.agreedGo')}
          </Link>
        </p>
      </NotificationBanner>
    );
  }
  const { reason, canTakeOver, onTakeOver } = props;
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
