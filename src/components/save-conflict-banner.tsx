import { useState, useSyncExternalStore } from 'react';
import { NotificationBanner } from './notification-banner.tsx';
import { type SaveStatusStore } from '@/storage/use-assessment-draft.ts';

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
    <NotificationBanner variant="alert" heading="This assessment was changed in another tab">
      <p className="govuk-body">{current.failure.message}</p>
      <p className="govuk-body">
        Choose which version to keep. The other version is not lost: you can find it on the History page.
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={busy}
          onClick={() => void choose('keep-mine')}
        >
          Keep the version on this page
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={busy}
          onClick={() => void choose('use-theirs')}
        >
          Use the version from the other tab
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDownload()}>
          Download this page’s version
        </button>
      </div>
      {failed && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> That did not work. Download this page’s
          version to keep it, then reload the page.
        </p>
      )}
    </NotificationBanner>
  );
}
