import { useState, useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import { paths } from './paths.ts';
import { NotificationBanner } from './notification-banner.tsx';
import { type SaveStatusStore } from '@/storage/use-assessment-draft.ts';

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
  if (current.state !== 'failed' || current.failure.kind === 'conflict') return null;
  const { failure } = current;
  const missing = failure.kind === 'missing';
  return (
    <NotificationBanner variant="alert" heading="Your latest changes have not been saved">
      <p className="govuk-body">{failure.message}</p>
      <p className="govuk-body">
        To keep them, download a copy of this assessment now. You can import the file into EIA Builder later.
      </p>
      {failure.kind === 'quota' && (
        <p className="govuk-body">
          To make space, export and delete assessments you no longer need, then empty the bin.
        </p>
      )}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => setDownloaded(onDownload())}>
          Download a copy of this assessment
        </button>
        {!missing && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void onRetry()}
          >
            Try saving again
          </button>
        )}
        {missing && (
          <Link href={paths.bin()} className="govuk-link">
            Look in the bin
          </Link>
        )}
      </div>
      {downloaded && (
        <p className="govuk-body" role="status">
          Downloaded “{downloaded}”.
        </p>
      )}
    </NotificationBanner>
  );
}
