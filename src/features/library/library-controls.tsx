import { useId } from 'react';
import { ASSESSMENT_STATUSES } from '@schemas/assessment-status.ts';
import { type LibrarySort, type StatusFilter } from '@/storage/library-queries.ts';
import { useT } from '@/components/i18n/use-locale.ts';

export const SORT_LABELS: Record<LibrarySort, string> = {
  'updated-desc': 'sort.updated-desc',
  'updated-asc': 'sort.updated-asc',
  'title-asc': 'sort.title-asc',
  'title-desc': 'sort.title-desc',
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
  const t = useT();
  return (
    <form
      role="search"
      aria-label={t('filters.find')}
      onSubmit={(e) => e.preventDefault()}
      className="govuk-grid-row"
    >
      <div className="govuk-form-group govuk-grid-column-one-third govuk-!-margin-bottom-4">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-search`}>
          {t('filters.search')}
        </label>
        <div className="govuk-hint" id={`${id}-search-hint`}>
          {t('filters.searchHint')}
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
          {t('filters.status')}
        </label>
        <select
          className="govuk-select govuk-!-width-full"
          id={`${id}-status`}
          value={filters.status}
          onChange={(e) => onChange({ ...filters, status: e.target.value as StatusFilter })}
        >
          <option value="all">{t('filters.allStatuses')}</option>
          {ASSESSMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-form-group govuk-grid-column-one-third govuk-!-margin-bottom-4">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-sort`}>
          {t('filters.sortBy')}
        </label>
        <select
          className="govuk-select govuk-!-width-full"
          id={`${id}-sort`}
          value={filters.sort}
          onChange={(e) => onChange({ ...filters, sort: e.target.value as LibrarySort })}
        >
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
