import { useId } from 'react';
import { STATUS_LABELS, assessmentStatusSchema } from '@schemas/assessment.ts';
import { type LibrarySort, type StatusFilter } from '@/storage/library-queries.ts';

export const SORT_LABELS: Record<LibrarySort, string> = {
  'updated-desc': 'Last edited (newest first)',
  'updated-asc': 'Last edited (oldest first)',
  'title-asc': 'Title (A to Z)',
  'title-desc': 'Title (Z to A)',
};

export type LibraryFilters = { search: string; status: StatusFilter; sort: LibrarySort };

/** Search, status filter and sort for the library. The list updates as the user types or chooses. */
export function LibraryControls({
  filters,
  onChange,
}: {
  filters: LibraryFilters;
  onChange: (next: LibraryFilters) => void;
}) {
  const id = useId();
  return (
    <form
      role="search"
      aria-label="Find assessments"
      onSubmit={(e) => e.preventDefault()}
      className="govuk-grid-row"
    >
      <div className="govuk-form-group govuk-grid-column-one-third govuk-!-margin-bottom-4">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-search`}>
          Search by title or assessor
        </label>
        <div className="govuk-hint" id={`${id}-search-hint`}>
          Type the start of any word, for example “social”
        </div>
        <input
          className="govuk-input"
          id={`${id}-search`}
          type="search"
          aria-describedby={`${id}-search-hint`}
          value={filters.search}
          spellCheck={false}
          onChange={(e) => onChange({ ...filters, search: e.target.value })}
        />
      </div>
      <div className="govuk-form-group govuk-grid-column-one-third govuk-!-margin-bottom-4">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-status`}>
          Status
        </label>
        <select
          className="govuk-select govuk-!-width-full"
          id={`${id}-status`}
          value={filters.status}
          onChange={(e) => onChange({ ...filters, status: e.target.value as StatusFilter })}
        >
          <option value="all">All statuses</option>
          {assessmentStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-form-group govuk-grid-column-one-third govuk-!-margin-bottom-4">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-sort`}>
          Sort by
        </label>
        <select
          className="govuk-select govuk-!-width-full"
          id={`${id}-sort`}
          value={filters.sort}
          onChange={(e) => onChange({ ...filters, sort: e.target.value as LibrarySort })}
        >
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
