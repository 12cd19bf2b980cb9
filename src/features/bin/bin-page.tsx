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
import { storageProblem } from '@/storage/storage-errors.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { BIN_PAGE_SIZE, useBinPage } from '@/storage/use-bin.ts';

type Confirming = { kind: 'one'; entry: BinEntry } | { kind: 'all'; count: number };
type Message =
  | { kind: 'restored'; id: string; title: string }
  | { kind: 'deleted'; text: string }
  | { kind: 'failed'; text: string };

/**
 * The bin: assessments the user deleted. Each can be put back, or deleted for good (with its history)
 * after a confirmation, as can everything at once.
 */
export function BinPage() {
  useDocumentTitle('Bin – EIA Builder');
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
      setMessage({ kind: 'failed', text: storageProblem(error) });
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
        return { kind: 'deleted', text: `“${entry.summary.title}” was deleted for good.` };
      });
    } else {
      void attempt(async () => {
        const count = await repository.emptyBin();
        return {
          kind: 'deleted',
          text: `The bin was emptied: ${count} ${count === 1 ? 'assessment was' : 'assessments were'} deleted for good.`,
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
            title="Success"
            heading={`“${message.title}” is back in your assessments.`}
          >
            <p className="govuk-body">
              <Link href={paths.assessment(message.id)} className="govuk-notification-banner__link">
                Open it
              </Link>
            </p>
          </NotificationBanner>
        )}
        {message?.kind === 'deleted' && (
          <NotificationBanner variant="success" title="Success" heading={message.text} />
        )}
        {message?.kind === 'failed' && (
          <NotificationBanner variant="alert" heading="That did not work">
            <p className="govuk-body">{message.text}</p>
          </NotificationBanner>
        )}
      </div>
      <p className="govuk-body">
        <Link href={paths.home()} className="govuk-back-link">
          Your assessments
        </Link>
      </p>
      <h1 className="govuk-heading-xl">Bin</h1>
      <p className="govuk-body">
        Assessments you delete stay here, with their history, until you delete them for good. Put one back to
        carry on with it.
      </p>

      {confirming && (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-m" ref={confirmRef} tabIndex={-1}>
            {confirming.kind === 'one'
              ? `Delete “${confirming.entry.summary.title}” for good?`
              : `Delete all ${confirming.count} assessments in the bin for good?`}
          </h2>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              This cannot be undone. The{' '}
              {confirming.kind === 'one'
                ? 'assessment and its history'
                : 'assessments and their history'}{' '}
              will be removed from this browser. Export {confirming.kind === 'one' ? 'it' : 'them'} first if
              you may need {confirming.kind === 'one' ? 'it' : 'them'} again.
            </strong>
          </div>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--warning" onClick={confirm}>
              Yes, delete for good
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setConfirming(null)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}

      {list.error ? (
        <p className="govuk-body">{storageProblem(list.error)}</p>
      ) : !result ? (
        <p className="govuk-body">Loading the bin…</p>
      ) : result.total === 0 ? (
        <p className="govuk-body">The bin is empty.</p>
      ) : (
        <>
          <table className="govuk-table app-table--stacked">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {result.total.toLocaleString('en-GB')} {result.total === 1 ? 'assessment' : 'assessments'} in
              the bin
            </caption>
            <TableHead
              columns={[
                { label: 'Title' },
                { label: 'Status' },
                { label: 'Deleted' },
                { label: <span className="govuk-visually-hidden">Actions</span> },
              ]}
            />
            <tbody className="govuk-table__body">
              {result.entries.map((entry) => (
                <tr key={entry.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {entry.summary.title}
                  </th>
                  <td className="govuk-table__cell" data-label="Status">
                    <StatusTag status={entry.summary.status} />
                  </td>
                  <td className="govuk-table__cell" data-label="Deleted">
                    {formatRelativeDateTime(entry.deletedAt, now)}
                  </td>
                  <td className="govuk-table__cell" data-label="">
                    <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0 app-row-actions">
                      <li>
                        <LinkButton onClick={() => void restore(entry)}>
                          Put back <span className="govuk-visually-hidden">{entry.summary.title}</span>
                        </LinkButton>
                      </li>
                      <li>
                        <LinkButton onClick={() => setConfirming({ kind: 'one', entry })}>
                          Delete for good <span className="govuk-visually-hidden">{entry.summary.title}</span>
                        </LinkButton>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination page={page} pageCount={pageCount} onPage={setPage} label="Pages of the bin" />
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setConfirming({ kind: 'all', count: result.total })}
          >
            Empty the bin
          </button>
        </>
      )}
    </>
  );
}
