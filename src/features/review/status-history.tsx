import { TableHead } from '@/components/table-head.tsx';
import { STATUS_LABELS, type StatusChange } from '@schemas/assessment.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import './review.scss';

/** Every status change, newest first: when, what, who, why, and which revision. */
export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  if (history.length === 0) return <p className="govuk-body">No status changes have been recorded.</p>;
  const rows = [...history].reverse();
  return (
    <table className="govuk-table app-table--stacked">
      <caption className="govuk-table__caption govuk-table__caption--m">Status history</caption>
      <TableHead
        columns={[
          { label: 'When' },
          { label: 'Status' },
          { label: 'By' },
          { label: 'Note' },
          { label: 'Revision', numeric: true },
        ]}
      />
      <tbody className="govuk-table__body">
        {rows.map((change, index) => (
          <tr className="govuk-table__row" key={`${change.at}-${change.status}-${index}`}>
            <td className="govuk-table__cell" data-label="When">
              {formatDateTime(change.at)}
            </td>
            <td className="govuk-table__cell" data-label="Status">
              {STATUS_LABELS[change.status]}
            </td>
            <td className="govuk-table__cell" data-label="By">
              {change.by || <NoName />}
            </td>
            <td className="govuk-table__cell app-comment__body" data-label="Note">
              {change.note || (started(history, change) ? 'Assessment started' : '')}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Revision">
              {change.revision}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The first change of all: the assessment was started (no name is asked for then). */
function started(history: readonly StatusChange[], change: StatusChange): boolean {
  return history[0] === change && change.status === 'draft' && change.revision === 1;
}

/** No name was given for this change (none is asked when an assessment is started). */
function NoName() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">No name given</span>
    </>
  );
}
