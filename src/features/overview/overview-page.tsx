import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useDeferredValue, useMemo, useState } from 'react';
import { currentTemplate } from '@schemas/templates/index.ts';
import { Pagination } from '@/components/pagination.tsx';
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
  useDocumentTitle('Overview – EIA Builder');
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
      : `Showing ${(current - 1) * PAGE_SIZE + 1} to ${(current - 1) * PAGE_SIZE + rows.length} of ${overview.rows.length}`;

  return (
    <>
      <h1 className="govuk-heading-xl">Overview</h1>
      <p className="govuk-body">
        Every assessment in this browser: what is missing or weak, and what is waiting for you. Missing
        answers stop an assessment being agreed; answers to look at are warnings.
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show</legend>
              <div className="govuk-radios govuk-radios--small">
                {(
                  [
                    ['all', `All assessments (${overview.total})`],
                    ['needs-attention', `Needs attention (${overview.attentionCount})`],
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
              Sort by
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
                  {OVERVIEW_SORT_LABELS[key]}
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
            ? 'Nothing needs attention.'
            : 'There are no assessments in this browser yet.'
          : range}
      </p>

      {rows.length > 0 && (
        <>
          <OverviewTable rows={rows} caption="Assessments" />
          <GroupGrid rows={gridRows} columns={overview.columns} caption="Equality groups by assessment" />
          <Pagination page={current} pageCount={pages} onPage={setPage} label="Pages of assessments" />
        </>
      )}
    </>
  );
}
