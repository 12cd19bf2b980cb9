import { useState, useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import { paths } from './paths.ts';
import { NotificationBanner } from './notification-banner.tsx';
import { type SaveStatusStore } from '@/storage/use-assessment-draft.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { saveFailureText } from '@/components/i18n/storage-text.ts';

/**
 * Shown the moment a save fails (storage full, database closed, private window, assessment gone): says
 * why, keeps the text on the page, and offers the assessment as a file. Conflicts with another tab have
 * their own banner (SaveConflictBanner).
 */
export function SaveFailureBanner({
  status,
  onDownload,
  onRetry,
}: {
  status: SaveStatusStore;
  onDownload: () => string | null;
  onRetry: () => Promise<boolean>;
}) {
  const current = useSyncExternalStore(status.subscribe, status.getStatus);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const t = useT();
  if (current.state !== 'failed' || current.failure.kind === 'conflict') return null;
  const { failure } = current;
  const missing = failure.kind === 'missing';
  return (
    <NotificationBanner variant="alert" heading={t('banner.saveFailed.heading')}>
      <p className="govuk-body">{saveFailureText(failure)}</p>
      <p className="govuk-body">{t('banner.saveFailed.downloadToKeep')}</p>
      {failure.kind === 'quota' && <p className="govuk-body">{t('banner.saveFailed.quota')}</p>}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => setDownloaded(onDownload())}>
          {t('banner.saveFailed.download')}
        </button>
        {!missing && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void onRetry()}
          >
            {t('banner.saveFailed.retry')}
          </button>
        )}
        {missing && (
          <Link href={paths.bin()} className="govuk-link">
            {t('banner.saveFailed.lookInBin')}
          </Link>
        )}
      </div>
      {downloaded && (
        <p className="govuk-body" role="status">
          {t('banner.saveFailed.downloaded', { file: downloaded })}
        </p>
      )}
    </NotificationBanner>
  );
}
