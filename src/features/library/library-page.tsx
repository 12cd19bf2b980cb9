import { useLocale } from '@/components/i18n/use-locale.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { type AssessmentSummary } from '@/domain/assessment-summary.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { ReloadBanner } from '@/components/reload-banner.tsx';
import { Pagination } from '@/components/pagination.tsx';
import { paths } from '@/components/paths.ts';
import { type BinEntry } from '@/storage/bin-store.ts';
import { DEFAULT_PAGE_SIZE } from '@/storage/library-queries.ts';
import { storageProblemText } from '@/components/i18n/storage-text.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { exportEverything, exportOne, useLibraryFacts, useLibraryPage } from '@/storage/use-library.ts';
import { ImportAssessments } from './import-assessments.tsx';
import { KeepingSafe } from './keeping-safe.tsx';
import { LibraryControls, type LibraryFilters } from './library-controls.tsx';
import { LibraryTable, type RowAction } from './library-table.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

type Message =
  | { kind: 'binned'; entry: BinEntry }
  | { kind: 'undone'; id: string; title: string }
  | { kind: 'copied'; id: string; title: string }
  | { kind: 'exported'; fileName: string; count: number }
  | { kind: 'failed'; error: unknown };

/**
 * The home page: every assessment stored in this browser, a page at a time (summaries only), with
 * search, status filter and sort; new, example, copy, export, delete with Undo; import, export all,
 * and what keeps the data safe.
 */
export function LibraryPage() {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('library.title') }));
  const { repository, connection } = useAppStorage();
  const [, navigate] = useLocation();
  const [filters, setFilters] = useState<LibraryFilters>({ search: '', status: 'all', sort: 'updated-desc' });
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState<Message | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const list = useLibraryPage({
    ...filters,
    offset: (page - 1) * DEFAULT_PAGE_SIZE,
    limit: DEFAULT_PAGE_SIZE,
  });
  const facts = useLibraryFacts();
  const stored = facts.value?.stored ?? 0;
  const now = repository.now();
  const language = useLocale();

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const fail = (error: unknown) => setMessage({ kind: 'failed', error });

  const start = async (example: boolean) => {
    try {
      // Making an assessment needs the templates and schemas: loaded on the click, not with the page.
      const [{ createExampleAssessment, EXAMPLE_ASSESSMENT_ID }, { startAssessmentOn }] = await Promise.all([
        import('@/domain/new-assessment.ts'),
        import('./start-assessment.ts'),
      ]);
      // The example has one address, so opening it again opens the copy already here (edited or not).
      if (example && (await repository.get(EXAMPLE_ASSESSMENT_ID))) {
        navigate(paths.assessment(EXAMPLE_ASSESSMENT_ID));
        return;
      }
      if (!example) {
        // More than one published template: ask which (the choice is remembered); otherwise its newest version.
        const choices = await repository.newAssessmentTemplates();
        if (choices.length > 1) {
          navigate(paths.newAssessment());
          return;
        }
        navigate(paths.assessment(await startAssessmentOn(repository, choices[0], language)));
        return;
      }
      const assessment = createExampleAssessment({ now, id: EXAMPLE_ASSESSMENT_ID });
      await repository.create(assessment);
      navigate(paths.assessment(assessment.id));
    } catch (error) {
      fail(error);
    }
  };

  const act = async (action: RowAction, row: AssessmentSummary) => {
    setBusyId(row.id);
    try {
      if (action === 'delete') setMessage({ kind: 'binned', entry: await repository.moveToBin(row.id) });
      if (action === 'copy') {
        const [copy, { assessmentTitle }] = await Promise.all([
          repository.copy(row.id),
          import('@/domain/assessment-roles.ts'),
        ]);
        setMessage({
          kind: 'copied',
          id: copy.id,
          title: assessmentTitle(copy) || t('library.untitled'),
        });
      }
      if (action === 'export') {
        const fileName = await exportOne(repository, row.id);
        if (fileName) setMessage({ kind: 'exported', fileName, count: 1 });
      }
    } catch (error) {
      fail(error);
    } finally {
      setBusyId(null);
    }
  };

  const loadAssessment = async (id: string) => {
    const stored = await repository.get(id);
    if (!stored) throw new Error(t('library.gone'));
    return stored.assessment;
  };

  const undo = async (entry: BinEntry) => {
    try {
      const id = await repository.restoreFromBin(entry.id);
      setMessage({ kind: 'undone', id, title: entry.summary.title });
    } catch (error) {
      fail(error);
    }
  };

  const exportAll = async () => {
    try {
      setMessage({ kind: 'exported', ...(await exportEverything(repository)) });
    } catch (error) {
      fail(error);
    }
  };

  const result = list.value;
  const pageCount = result ? Math.max(1, Math.ceil(result.total / DEFAULT_PAGE_SIZE)) : 1;
  const filtered = filters.search.trim() !== '' || filters.status !== 'all';
  const first = result && result.total > 0 ? (page - 1) * DEFAULT_PAGE_SIZE + 1 : 0;
  const last = result ? Math.min(result.total, page * DEFAULT_PAGE_SIZE) : 0;

  return (
    <>
      <ReloadBanner connection={connection} />
      <div ref={messageRef} tabIndex={-1}>
        {message && <MessageBanner message={message} onUndo={(e) => void undo(e)} />}
      </div>
      <h1 className="govuk-heading-xl">{t('library.title')}</h1>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void start(false)}>
          {t('library.start')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void start(true)}
        >
          {t('library.openExample')}
        </button>
      </div>

      {list.error ? (
        <div className="govuk-error-summary" tabIndex={-1}>
          <div role="alert">
            <h2 className="govuk-error-summary__title">{t('library.cannotShow')}</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{storageProblemText(list.error)}</p>
            </div>
          </div>
        </div>
      ) : (
        <>
          {(result?.stored ?? 0) > 0 && (
            <LibraryControls
              filters={filters}
              onChange={(next) => {
                setFilters(next);
                setPage(1);
              }}
            />
          )}
          <p className="govuk-body" role="status" aria-live="polite">
            {!result
              ? t('library.loading')
              : result.stored === 0
                ? t('library.none')
                : result.total === 0
                  ? t('library.noMatch')
                  : t(filtered ? 'library.showingMatching' : 'library.showing', {
                      first,
                      last,
                      count: result.total,
                    })}
          </p>
          {result && result.rows.length > 0 && (
            <LibraryTable
              rows={result.rows}
              caption={t('library.title')}
              now={now}
              busyId={busyId}
              onAction={(action, row) => void act(action, row)}
              loadAssessment={loadAssessment}
            />
          )}
          <Pagination page={page} pageCount={pageCount} onPage={setPage} label={t('library.pages')} />
        </>
      )}

      <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('library.importExport')}</h2>
      <ImportAssessments repository={repository} />
      {/* Nothing stored, nothing to export: no greyed-out button (GOV.UK advises against disabled ones). */}
      {stored > 0 && (
        <p className="govuk-body govuk-!-margin-top-4">
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
            onClick={() => void exportAll()}
          >
            {t('library.exportAll')}
          </button>
        </p>
      )}
      <p className="govuk-body">
        <Link href={paths.bin()} className="govuk-link">
          {facts.value ? t('library.binLink', { count: facts.value.inBin }) : t('layout.nav.bin')}
        </Link>
      </p>

      {/* Only once there is something to keep: before that the footer says where assessments are kept. */}
      {facts.value && facts.value.stored + facts.value.inBin > 0 && (
        <>
          <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('library.keepingSafe')}</h2>
          <KeepingSafe facts={facts.value} />
        </>
      )}
    </>
  );
}

function MessageBanner({ message, onUndo }: { message: Message; onUndo: (entry: BinEntry) => void }) {
  const t = useT();
  switch (message.kind) {
    case 'binned':
      return (
        <NotificationBanner
          variant="success"
          title={t('library.binned.title')}
          heading={t('library.binned.heading', { title: message.entry.summary.title })}
        >
          <p className="govuk-body">
            <LinkButton className="govuk-notification-banner__link" onClick={() => onUndo(message.entry)}>
              {t('library.undo')}{' '}
              <span className="govuk-visually-hidden">
                {t('library.undoHidden', { title: message.entry.summary.title })}
              </span>
            </LinkButton>
          </p>
        </NotificationBanner>
      );
    case 'undone':
      return (
        <NotificationBanner
          variant="success"
          title={t('common.success')}
          heading={t('library.undone', { title: message.title })}
        />
      );
    case 'copied':
      return (
        <NotificationBanner variant="success" title={t('common.success')} heading={t('library.copyMade')}>
          <p className="govuk-body">
            <Link href={paths.assessment(message.id)} className="govuk-notification-banner__link">
              {t('library.openTitle', { title: message.title })}
            </Link>
          </p>
        </NotificationBanner>
      );
    case 'exported':
      return (
        <NotificationBanner
          variant="success"
          title={t('common.success')}
          heading={t('library.exported', { count: message.count, file: message.fileName })}
        >
          <p className="govuk-body">{t('library.keepFile')}</p>
        </NotificationBanner>
      );
    case 'failed':
      return (
        <NotificationBanner variant="alert" heading={t('common.didNotWork')}>
          <p className="govuk-body">{storageProblemText(message.error)}</p>
        </NotificationBanner>
      );
  }
}
