import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import type { GroupState } from '@/domain/findings/index.ts';
import { GROUP_STATE_LABELS, type GridColumn, type OverviewRow } from '@/domain/overview.ts';

const TAG: Record<GroupState, string> = {
  answered: 'govuk-tag--green',
  weak: 'govuk-tag--yellow',
  missing: 'govuk-tag--red',
};

/** Assessment × equality group: answered, weak or missing, in words (colour is a second cue only). */
export function GroupGrid({
  rows,
  columns,
  caption,
}: {
  rows: readonly OverviewRow[];
  columns: readonly GridColumn[];
  caption: string;
}) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet app-group-grid">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Assessment
            </th>
            {columns.map((c) => (
              <th scope="col" className="govuk-table__header" key={c.questionId}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.id}>
              <th scope="row" className="govuk-table__header">
                <Link href={paths.assessment(row.id)} className="govuk-link">
                  {row.title}
                </Link>
              </th>
              {columns.map((c) => {
                const state = row.groups[c.questionId];
                return (
                  <td className="govuk-table__cell" key={c.questionId}>
                    {state ? (
                      <strong className={`govuk-tag ${TAG[state]}`}>{GROUP_STATE_LABELS[state]}</strong>
                    ) : (
                      <span className="govuk-body-s">Not in this form</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
