import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { STATUS_LABELS, type AssessmentStatus } from '@schemas/assessment.ts';
import { summariseAssessment, UNTITLED } from '@/domain/assessment-summary.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { ReloadBanner } from '@/components/reload-banner.tsx';
import { paths } from '@/components/paths.ts';
import { StatusTag } from '@/components/status-tag.tsx';
import { type Snapshot } from '@/storage/history-store.ts';
import { storageProblem } from '@/storage/storage-errors.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { useAssessmentHistory } from '@/storage/use-history.ts';
import { SnapshotAnswers } from './snapshot-answers.tsx';

type Message =
  | { kind: 'restored'; editedAt: string; undoSnapshotId: string }
  | { kind: 'undone' }
  | { kind: 'failed'; text: string };

export function describeSnapshot(snapshot: Pick<Snapshot, 'reason' | 'detail'>): string {
  switch (snapshot.reason) {
    case 'status-change':
      return `Status changed to ${STATUS_LABELS[snapshot.detail as AssessmentStatus] ?? snapshot.detail}`;
    case 'while-editing':
      return 'Saved while editing';
    case 'before-restore':
      return snapshot.detail
        ? `Before the version from ${formatDateTime(snapshot.detail)} was restored`
        : 'Before an earlier version was restored';
    case 'before-import':
      return 'Before an imported file replaced it';
    case 'other-tab-version':
      return 'Kept when this assessment was changed in two tabs at once';
    case 'from-file':
      return 'The copy in an imported file, with answers that were not kept';
    case 'before-version-move':
      return snapshot.detail
        ? `Before it moved to version ${snapshot.detail} of the form`
        : 'Before it moved to a newer version of the form';
  }
}

/**
 * An assessment's history: the versions EIA Builder kept, newest first, each with its time; restore one
 * (answers and completed sections come back; status, comments and status history stay), then undo it.
 */
export function HistoryPage({ id }: { id: string }) {
  useDocumentTitle('History – EIA Builder');
  const { repository, connection } = useAppStorage();
  const history = useAssessmentHistory(id);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const restore = async (snapshotId: string, then: (undoSnapshotId: string) => Message) => {
    setBusy(true);
    try {
      const { undoSnapshotId } = await repository.restoreSnapshot(id, snapshotId);
      setMessage(then(undoSnapshotId));
    } catch (error) {
      setMessage({ kind: 'failed', text: storageProblem(error) });
    } finally {
      setBusy(false);
    }
  };

  if (history.error) return <p className="govuk-body">{storageProblem(history.error)}</p>;
  if (!history.value) return <p className="govuk-body">Loading the history…</p>;
  const { current, snapshots } = history.value;
  if (!current) {
    return (
      <>
        <h1 className="govuk-heading-l">This assessment is not in your list</h1>
        <p className="govuk-body">
          It may have been deleted. Look in the{' '}
          <Link href={paths.bin()} className="govuk-link">
            bin
          </Link>{' '}
          or go back to{' '}
          <Link href={paths.home()} className="govuk-link">
            your assessments
          </Link>
          .
        </p>
      </>
    );
  }
  const summary = summariseAssessment(current);
  const agreed = current.status === 'agreed';

  return (
    <>
      <ReloadBanner connection={connection} />
      <div ref={messageRef} tabIndex={-1}>
        {message?.kind === 'restored' && (
          <NotificationBanner
            variant="success"
            title="Restored"
            heading={`The version from ${formatDateTime(message.editedAt)} was restored.`}
          >
            <p className="govuk-body">
              <LinkButton
                className="govuk-notification-banner__link"
                disabled={busy}
                onClick={() => void restore(message.undoSnapshotId, () => ({ kind: 'undone' }))}
              >
                Undo <span className="govuk-visually-hidden">the restore</span>
              </LinkButton>
            </p>
          </NotificationBanner>
        )}
        {message?.kind === 'undone' && (
          <NotificationBanner variant="success" title="Success" heading="The restore was undone." />
        )}
        {message?.kind === 'failed' && (
          <NotificationBanner variant="alert" heading="That did not work">
            <p className="govuk-body">{message.text}</p>
          </NotificationBanner>
        )}
      </div>
      <Link href={paths.assessment(id)} className="govuk-back-link">
        Back to the assessment
      </Link>
      <span className="govuk-caption-l">{summary.title === UNTITLED ? UNTITLED : summary.title}</span>
      <h1 className="govuk-heading-l">History</h1>
      <p className="govuk-body">
        EIA Builder keeps earlier versions of this assessment: when its status changes, every 10 minutes or so
        while it is edited, and before anything replaces its text. They are kept in this browser only.
      </p>
      <p className="govuk-body">
        Restoring a version brings back its answers and completed sections, on the version of the form they
        were written on. The status, comments and status history stay as they are now. You can undo a restore.
      </p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Now</dt>
          <dd className="govuk-summary-list__value">
            Last edited {formatDateTime(current.updatedAt)}, {summary.completedSections} of{' '}
            {summary.totalSections} sections completed, <StatusTag status={current.status} />
          </dd>
        </div>
      </dl>
      {agreed && (
        <div className="govuk-inset-text">
          This assessment has been agreed, so an earlier version cannot be restored into it. Start a new
          revision first.
        </div>
      )}
      {snapshots.length === 0 ? (
        <p className="govuk-body">No earlier versions have been kept yet.</p>
      ) : (
        <>
          <h2 className="govuk-heading-m">Earlier versions ({snapshots.length})</h2>
          {snapshots.map((snapshot) => (
            <div key={snapshot.id} className="govuk-summary-card">
              <div className="govuk-summary-card__title-wrapper">
                <h3 className="govuk-summary-card__title">{formatDateTime(snapshot.editedAt)}</h3>
                {!agreed && (
                  <ul className="govuk-summary-card__actions">
                    <li className="govuk-summary-card__action">
                      <LinkButton
                        disabled={busy}
                        onClick={() =>
                          void restore(snapshot.id, (undoSnapshotId) => ({
                            kind: 'restored',
                            editedAt: snapshot.editedAt,
                            undoSnapshotId,
                          }))
                        }
                      >
                        Restore this version{' '}
                        <span className="govuk-visually-hidden">
                          from {formatDateTime(snapshot.editedAt)}
                        </span>
                      </LinkButton>
                    </li>
                  </ul>
                )}
              </div>
              <div className="govuk-summary-card__content">
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Kept because</dt>
                    <dd className="govuk-summary-list__value">{describeSnapshot(snapshot)}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Title</dt>
                    <dd className="govuk-summary-list__value">{snapshot.summary.title}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Version of the form</dt>
                    <dd className="govuk-summary-list__value">{snapshot.assessment.templateVersion}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">Sections completed</dt>
                    <dd className="govuk-summary-list__value">
                      {snapshot.summary.completedSections} of {snapshot.summary.totalSections}
                    </dd>
                  </div>
                </dl>
                <details className="govuk-details govuk-!-margin-bottom-0">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">Show the answers in this version</span>
                  </summary>
                  <div className="govuk-details__text">
                    <SnapshotAnswers assessment={snapshot.assessment} />
                  </div>
                </details>
              </div>
            </div>
          ))}
        </>
      )}
    </>
  );
}
