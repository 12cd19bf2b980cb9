import { useState, useSyncExternalStore } from 'react';
import { NotificationBanner } from './notification-banner.tsx';
import { type SaveStatusStore } from '@/storage/use-assessment-draft.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { saveFailureText } from '@/components/i18n/storage-text.ts';

/**
 * Shown when a save was refused because another tab or window changed the assessment after this page
 * opened it. Nothing is overwritten until the user chooses, and the version not chosen is kept in history.
 */
export function SaveConflictBanner({
  status,
  onResolve,
  onDownload,
}: {
  status: SaveStatusStore;
  onResolve: (choice: 'keep-mine' | 'use-theirs') => Promise<void>;
  onDownload: () => string | null;
}) {
  const current = useSyncExternalStore(status.subscribe, status.getStatus);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const t = useT();
  if (current.state !== 'failed' || current.failure.kind !== 'conflict') return null;
  const choose = async (choice: 'keep-mine' | 'use-theirs') => {
    setBusy(true);
    setFailed(false);
    try {
      await onResolve(choice);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <NotificationBanner variant="alert" heading={t('banner.conflict.heading')}>
      <p className="govuk-body">{saveFailureText(current.failure)}</p>
      <p className="govuk-body">{t('banner.conflict.choose')}</p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={busy}
          onClick={() => void choose('keep-mine')}
        >
          {t('banner.conflict.keepMine')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={busy}
          onClick={() => void choose('use-theirs')}
        >
          {t('banner.conflict.useTheirs')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDownload()}>
          {t('banner.conflict.download')}
        </button>
      </div>
      {failed && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span>{' '}
          {t('banner.conflict.failed')}
        </p>
      )}
    </NotificationBanner>
  );
}
