import { TableHead } from '@/components/table-head.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { formatRelativeDateTime } from '@/components/format-date-time.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { ReloadBanner } from '@/components/reload-banner.tsx';
import { Pagination } from '@/components/pagination.tsx';
import { paths } from '@/components/paths.ts';
import { StatusTag } from '@/components/status-tag.tsx';
import { type BinEntry } from '@/storage/bin-store.ts';
import { storageProblemText } from '@/components/i18n/storage-text.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { BIN_PAGE_SIZE, useBinPage } from '@/storage/use-bin.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { shownTitle } from '@/components/i18n/shown-title.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';

type Confirming = { kind: 'one'; entry: BinEntry } | { kind: 'all'; count: number };
type Message =
  | { kind: 'restored'; id: string; title: string }
  | { kind: 'deleted'; text: string }
  | { kind: 'failed'; error: unknown };

/**
 * The bin: assessments the user deleted. Each can be put back, or deleted for good (with its history)
 * after a confirmation, as can everything at once.
 */
export function BinPage() {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('bin.title') }));
  const { repository, connection } = useAppStorage();
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const list = useBinPage((page - 1) * BIN_PAGE_SIZE);
  const messageRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const now = repository.now();

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const attempt = async (work: () => Promise<Message>) => {
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ kind: 'failed', error });
    } finally {
      setConfirming(null);
    }
  };

  const restore = (entry: BinEntry) =>
    attempt(async () => ({
      kind: 'restored',
      id: await repository.restoreFromBin(entry.id),
      title: entry.summary.title,
    }));

  const confirm = () => {
    if (!confirming) return;
    if (confirming.kind === 'one') {
      const { entry } = confirming;
      void attempt(async () => {
        await repository.deleteForGood(entry.id);
        return { kind: 'deleted', text: t('bin.deletedForGood', { title: shownTitle(entry.summary.title) }) };
      });
    } else {
      void attempt(async () => {
        const count = await repository.emptyBin();
        return {
          kind: 'deleted',
          text: t('bin.emptied', { count }),
        };
      });
    }
  };

  const result = list.value;
  const pageCount = result ? Math.max(1, Math.ceil(result.total / BIN_PAGE_SIZE)) : 1;

  return (
    <>
      <ReloadBanner connection={connection} />
      <div ref={messageRef} tabIndex={-1}>
        {message?.kind === 'restored' && (
          <NotificationBanner
            variant="success"
            title={t('common.success')}
            heading={t('library.undone', { title: shownTitle(message.title) })}
          >
            <p className="govuk-body">
              <Link href={paths.assessment(message.id)} className="govuk-notification-banner__link">
                {t('bin.openIt')}
              </Link>
            </p>
          </NotificationBanner>
        )}
        {message?.kind === 'deleted' && (
          <NotificationBanner variant="success" title={t('common.success')} heading={message.text} />
        )}
        {message?.kind === 'failed' && (
          <NotificationBanner variant="alert" heading={t('common.didNotWork')}>
            <p className="govuk-body">{storageProblemText(message.error)}</p>
          </NotificationBanner>
        )}
      </div>
      <p className="govuk-body">
        <Link href={paths.home()} className="govuk-back-link">
          {t('library.title')}
        </Link>
      </p>
      <h1 className="govuk-heading-xl">{t('bin.title')}</h1>
      <p className="govuk-body">{t('bin.intro')}</p>

      {confirming && (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-m" ref={confirmRef} tabIndex={-1}>
            {confirming.kind === 'one'
              ? t('bin.confirmOne', { title: shownTitle(confirming.entry.summary.title) })
              : t('bin.confirmAll', { count: confirming.count })}
          </h2>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">{t('common.warning')}</span>
              {confirming.kind === 'one' ? t('bin.warnOne') : t('bin.warnAll')}
            </strong>
          </div>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--warning" onClick={confirm}>
              {t('bin.yesDelete')}
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setConfirming(null)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      {list.error ? (
        <p className="govuk-body">{storageProblemText(list.error)}</p>
      ) : !result ? (
        <p className="govuk-body">{t('bin.loading')}</p>
      ) : result.total === 0 ? (
        <p className="govuk-body">{t('bin.empty')}</p>
      ) : (
        <>
          <table className="govuk-table app-table--stacked">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {t('bin.caption', { count: result.total })}
            </caption>
            <TableHead
              columns={[
                { label: t('table.title') },
                { label: t('table.status') },
                { label: t('bin.deleted') },
                { label: <span className="govuk-visually-hidden">{t('table.actions')}</span> },
              ]}
            />
            <tbody className="govuk-table__body">
              {result.entries.map((entry) => (
                <tr key={entry.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    <AssessmentTitle title={entry.summary.title} language={entry.summary.language} />
                  </th>
                  <td className="govuk-table__cell" data-label={t('table.status')}>
                    <StatusTag status={entry.summary.status} />
                  </td>
                  <td className="govuk-table__cell" data-label={t('bin.deleted')}>
                    {formatRelativeDateTime(entry.deletedAt, now)}
                  </td>
                  <td className="govuk-table__cell" data-label="">
                    <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0 app-row-actions">
                      <li>
                        <LinkButton onClick={() => void restore(entry)}>
                          {t('bin.putBack')}{' '}
                          <span className="govuk-visually-hidden">
                            <AssessmentTitle title={entry.summary.title} language={entry.summary.language} />
                          </span>
                        </LinkButton>
                      </li>
                      <li>
                        <LinkButton onClick={() => setConfirming({ kind: 'one', entry })}>
                          {t('bin.deleteForGood')}{' '}
                          <span className="govuk-visually-hidden">
                            <AssessmentTitle title={entry.summary.title} language={entry.summary.language} />
                          </span>
                        </LinkButton>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pageCount={pageCount} onPage={setPage} label={t('bin.pages')} />
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setConfirming({ kind: 'all', count: result.total })}
          >
            {t('bin.emptyButton')}
          </button>
        </>
      )}
    </>
  );
}
