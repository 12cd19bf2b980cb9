import { TableHead } from '@/components/table-head.tsx';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { StatusTag } from '@/components/status-tag.tsx';
import { formatDateTime } from '@/components/format-date-time.ts';
import type { OverviewRow } from '@/domain/overview.ts';

/** One row per assessment: status, sections completed, missing and weak counts, assessor, last edited. */
export function OverviewTable({ rows, caption }: { rows: readonly OverviewRow[]; caption: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <TableHead
          columns={[
            { label: 'Assessment' },
            { label: 'Status' },
            { label: 'Sections completed' },
            { label: 'Missing', numeric: true },
            { label: 'To look at', numeric: true },
            { label: 'Open comments', numeric: true },
            { label: 'Assessor' },
            { label: 'Last edited' },
          ]}
        />
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.id}>
              <th scope="row" className="govuk-table__header">
                <Link href={paths.assessment(row.id)} className="govuk-link">
                  {row.title}
                </Link>
                {row.status === 'ready-for-review' && (
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                    <Link href={paths.review(row.id)} className="govuk-link">
                      Review<span className="govuk-visually-hidden"> {row.title}</span>
                    </Link>
                  </span>
                )}
              </th>
              <td className="govuk-table__cell">
                <StatusTag status={row.status} />
                {row.revision > 1 && <span className="govuk-body-s"> Revision {row.revision}</span>}
              </td>
              <td className="govuk-table__cell">{row.sections}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.missing}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.weak}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.openComments}</td>
              <td className="govuk-table__cell">{row.assessorName || 'Not given'}</td>
              <td className="govuk-table__cell">{formatDateTime(row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
