import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useDeferredValue, useMemo, useState } from 'react';
import { currentTemplate } from '@schemas/templates/index.ts';
import { Link } from 'wouter';
import { Pagination } from '@/components/pagination.tsx';
import { paths } from '@/components/paths.ts';
import type { Assessment } from '@schemas/assessment.ts';
import type { AssessmentSummary } from '@/domain/assessment-summary.ts';
import {
  buildOverview,
  OVERVIEW_SORT_LABELS,
  type OverviewFilter,
  type OverviewRow,
  type OverviewSort,
} from '@/domain/overview.ts';
import { CsvDownload } from './csv-download.tsx';
import { GroupGrid } from './group-grid.tsx';
import { OverviewTable } from './overview-table.tsx';
import './overview.scss';
import { useT } from '@/components/i18n/use-locale.ts';

export const PAGE_SIZE = 50;
const NO_ROWS: OverviewRow[] = [];

type Props = {
  /** The small summary rows (never the full assessments). */
  summaries: readonly AssessmentSummary[];
  /** The full assessments, read only when a CSV of every answer is asked for. */
  loadAssessments?: () => Promise<readonly Assessment[]>;
  now?: () => Date;
};

/**
 * The EDI manager's overview (paths.overview): every assessment with status, sections completed,
 * missing and weak counts, assessor and last edited; a "Needs attention" filter; the assessment ×
 * equality group grid; and the whole (filtered) list as a CSV for Excel. Shows 50 rows a page, so the
 * first screen stays fast with thousands of assessments.
 */
export function OverviewPage({ summaries, loadAssessments, now = () => new Date() }: Props) {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('overview.title') }));
  const [filter, setFilter] = useState<OverviewFilter>('all');
  const [sort, setSort] = useState<OverviewSort>('updated');
  const [page, setPage] = useState(1);
  const overview = useMemo(
    () => buildOverview(summaries, currentTemplate, { filter, sort }),
    [summaries, filter, sort],
  );
  const pages = Math.max(1, Math.ceil(overview.rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = useMemo(
    () => overview.rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE),
    [overview, current],
  );
  // The grid sits below the table: it renders just after the first screen is painted.
  const gridRows = useDeferredValue(rows, NO_ROWS);
  const range =
    overview.rows.length === 0
      ? ''
      : t('overview.showing', {
          first: (current - 1) * PAGE_SIZE + 1,
          last: (current - 1) * PAGE_SIZE + rows.length,
          total: overview.rows.length,
        });

  const heading = (
    <>
      <h1 className="govuk-heading-xl">{t('overview.title')}</h1>
      <p className="govuk-body">{t('overview.intro')}</p>
    </>
  );
  if (overview.total === 0) {
    // Nothing stored: say so first, and where to start. Filters, sorting and the CSV come with the first
    // assessment (at 320 px they filled two screens above this message).
    return (
      <>
        {heading}
        <p className="govuk-body" role="status">
          {t('overview.noAssessments')}{' '}
          <Link href={paths.home()} className="govuk-link">
            {t('overview.whereToStart')}
          </Link>
          .
        </p>
      </>
    );
  }

  return (
    <>
      {heading}

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {t('overview.show')}
              </legend>
              <div className="govuk-radios govuk-radios--small">
                {(
                  [
                    ['all', t('overview.all', { count: overview.total })],
                    ['needs-attention', t('overview.attention', { count: overview.attentionCount })],
                  ] as const
                ).map(([value, label]) => (
                  <div className="govuk-radios__item" key={value}>
                    <input
                      className="govuk-radios__input"
                      id={`overview-filter-${value}`}
                      name="overview-filter"
                      type="radio"
                      value={value}
                      checked={filter === value}
                      onChange={() => {
                        setFilter(value);
                        setPage(1);
                      }}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`overview-filter-${value}`}>
                      {label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </div>
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="overview-sort">
              {t('filters.sortBy')}
            </label>
            <select
              className="govuk-select"
              id="overview-sort"
              value={sort}
              onChange={(e) => {
                setSort(e.target.value as OverviewSort);
                setPage(1);
              }}
            >
              {(Object.keys(OVERVIEW_SORT_LABELS) as OverviewSort[]).map((key) => (
                <option key={key} value={key}>
                  {t(`overviewSort.${key}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>

      <CsvDownload overview={overview} now={now} {...(loadAssessments ? { loadAssessments } : {})} />

      <p className="govuk-body" role="status">
        {overview.rows.length === 0
          ? filter === 'needs-attention'
            ? t('overview.nothingNeeds')
            : t('overview.noAssessments')
          : range}
      </p>

      {rows.length > 0 && (
        <>
          <OverviewTable rows={rows} caption={t('overview.assessments')} />
          <GroupGrid rows={gridRows} columns={overview.columns} caption={t('overview.groupsCaption')} />
          <Pagination page={current} pageCount={pages} onPage={setPage} label={t('library.pages')} />
        </>
      )}
    </>
  );
}
