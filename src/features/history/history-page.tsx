import { useDocumentTitle } from '@/components/use-document-title.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { STATUS_LABELS, type AssessmentStatus } from '@schemas/assessment.ts';
import { summariseAssessment } from '@/domain/assessment-summary.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { ReloadBanner } from '@/components/reload-banner.tsx';
import { paths } from '@/components/paths.ts';
import { StatusTag } from '@/components/status-tag.tsx';
import { type Snapshot } from '@/storage/history-store.ts';
import { storageProblemText } from '@/components/i18n/storage-text.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { useAssessmentHistory } from '@/storage/use-history.ts';
import { SnapshotAnswers } from './snapshot-answers.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { shownTitle } from '@/components/i18n/shown-title.ts';
import { t as translate } from '@/components/i18n/i18n.ts';

type Message =
  | { kind: 'restored'; editedAt: string; undoSnapshotId: string }
  | { kind: 'undone' }
  | { kind: 'failed'; error: unknown };

export function describeSnapshot(snapshot: Pick<Snapshot, 'reason' | 'detail'>): string {
  switch (snapshot.reason) {
    case 'status-change':
      return translate('snapshot.statusChanged', {
        status:
          snapshot.detail && snapshot.detail in STATUS_LABELS
            ? translate(`status.${snapshot.detail as AssessmentStatus}`)
            : (snapshot.detail ?? ''),
      });
    case 'while-editing':
      return translate('snapshot.whileEditing');
    case 'before-restore':
      return snapshot.detail
        ? translate('snapshot.beforeRestoreFrom', { when: formatDateTime(snapshot.detail) })
        : translate('snapshot.beforeRestore');
    case 'before-import':
      return translate('snapshot.beforeImport');
    case 'other-tab-version':
      return translate('snapshot.otherTab');
    case 'from-file':
      return translate('snapshot.fromFile');
    case 'before-version-move':
      return snapshot.detail
        ? translate('snapshot.beforeMoveTo', { version: snapshot.detail })
        : translate('snapshot.beforeMove');
  }
}

/**
 * An assessment's history: the versions EIA Builder kept, newest first, each with its time; restore one
 * (answers and completed sections come back; status, comments and status history stay), then undo it.
 */
export function HistoryPage({ id }: { id: string }) {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('history.title') }));
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
      setMessage({ kind: 'failed', error });
    } finally {
      setBusy(false);
    }
  };

  if (history.error) return <p className="govuk-body">{storageProblemText(history.error)}</p>;
  if (!history.value) return <p className="govuk-body">{t('history.loading')}</p>;
  const { current, snapshots } = history.value;
  if (!current) {
    return (
      <>
        <h1 className="govuk-heading-l">{t('history.notInList')}</h1>
        <p className="govuk-body">
          {t('history.maybeDeleted')}{' '}
          <Link href={paths.bin()} className="govuk-link">
            {t('history.bin')}
          </Link>{' '}
          {t('history.orGoBack')}{' '}
          <Link href={paths.home()} className="govuk-link">
            {t('history.yourAssessments')}
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
            title={t('history.restoredTitle')}
            heading={t('history.restored', { when: formatDateTime(message.editedAt) })}
          >
            <p className="govuk-body">
              <LinkButton
                className="govuk-notification-banner__link"
                disabled={busy}
                onClick={() => void restore(message.undoSnapshotId, () => ({ kind: 'undone' }))}
              >
                {t('library.undo')} <span className="govuk-visually-hidden">{t('history.undoRestore')}</span>
              </LinkButton>
            </p>
          </NotificationBanner>
        )}
        {message?.kind === 'undone' && (
          <NotificationBanner variant="success" title={t('common.success')} heading={t('history.undone')} />
        )}
        {message?.kind === 'failed' && (
          <NotificationBanner variant="alert" heading={t('common.didNotWork')}>
            <p className="govuk-body">{storageProblemText(message.error)}</p>
          </NotificationBanner>
        )}
      </div>
      <Link href={paths.assessment(id)} className="govuk-back-link">
        {t('review.back')}
      </Link>
      <span className="govuk-caption-l">
        <AssessmentTitle title={summary.title} language={summary.language} />
      </span>
      <h1 className="govuk-heading-l">{t('history.title')}</h1>
      <p className="govuk-body">{t('history.intro')}</p>
      <p className="govuk-body">{t('history.restoreIntro')}</p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{t('history.now')}</dt>
          <dd className="govuk-summary-list__value">
            {t('history.nowSummary', {
              when: formatDateTime(current.updatedAt),
              done: summary.completedSections,
              total: summary.totalSections,
            })}{' '}
            <StatusTag status={current.status} />
          </dd>
        </div>
      </dl>
      {agreed && <div className="govuk-inset-text">{t('history.agreed')}</div>}
      {snapshots.length === 0 ? (
        <p className="govuk-body">{t('history.noVersions')}</p>
      ) : (
        <>
          <h2 className="govuk-heading-m">{t('history.earlier', { count: snapshots.length })}</h2>
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
                        {t('history.restore')}{' '}
                        <span className="govuk-visually-hidden">
                          {t('history.fromWhen', { when: formatDateTime(snapshot.editedAt) })}
                        </span>
                      </LinkButton>
                    </li>
                  </ul>
                )}
              </div>
              <div className="govuk-summary-card__content">
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('history.keptBecause')}</dt>
                    <dd className="govuk-summary-list__value">{describeSnapshot(snapshot)}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('table.title')}</dt>
                    <dd className="govuk-summary-list__value">{shownTitle(snapshot.summary.title)}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('history.formVersion')}</dt>
                    <dd className="govuk-summary-list__value">{snapshot.assessment.templateVersion}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{t('table.sectionsCompleted')}</dt>
                    <dd className="govuk-summary-list__value">
                      {t('table.sectionsOf', {
                        done: snapshot.summary.completedSections,
                        total: snapshot.summary.totalSections,
                      })}
                    </dd>
                  </div>
                </dl>
                <details className="govuk-details govuk-!-margin-bottom-0">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">{t('history.showAnswers')}</span>
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
