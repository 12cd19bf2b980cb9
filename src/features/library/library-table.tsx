import { TableHead } from '@/components/table-head.tsx';
import { type Assessment } from '@schemas/assessment.ts';
import { Link } from 'wouter';
import { DownloadHtmlButton } from '@/components/download-html-button.tsx';
import { DownloadPdfButton } from '@/components/download-pdf-button.tsx';
import { type AssessmentSummary } from '@/domain/assessment-summary.ts';
import { formatRelativeDateTime } from '@/components/format-date-time.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { paths } from '@/components/paths.ts';
import { StatusTag } from '@/components/status-tag.tsx';

export type RowAction = 'copy' | 'export' | 'delete';

/** One page of the library as a GOV.UK table; each row's actions name the assessment for screen readers. */
export function LibraryTable({
  rows,
  caption,
  now,
  busyId,
  onAction,
  loadAssessment,
}: {
  rows: AssessmentSummary[];
  caption: string;
  now: Date;
  busyId: string | null;
  onAction: (action: RowAction, row: AssessmentSummary) => void;
  /** The full record of a row, for its PDF (rows hold summaries only). */
  loadAssessment: (id: string) => Promise<Assessment>;
}) {
  return (
    <table className="govuk-table app-table--stacked">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <TableHead
        columns={[
          { label: 'Title' },
          { label: 'Assessor' },
          { label: 'Status' },
          { label: 'Sections completed' },
          { label: 'Last edited' },
          { label: <span className="govuk-visually-hidden">Actions</span> },
        ]}
      />
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link href={paths.assessment(row.id)} className="govuk-link">
                {row.title}
              </Link>
              {row.revision > 1 && (
                <span className="govuk-body-s govuk-hint"> (revision {row.revision})</span>
              )}
            </th>
            <td className="govuk-table__cell" data-label="Assessor">
              {row.assessorName || <span className="govuk-hint">Not given</span>}
            </td>
            <td className="govuk-table__cell" data-label="Status">
              <StatusTag status={row.status} />
            </td>
            <td className="govuk-table__cell" data-label="Sections completed">
              {row.completedSections} of {row.totalSections}
            </td>
            <td className="govuk-table__cell" data-label="Last edited">
              {formatRelativeDateTime(row.updatedAt, now)}
            </td>
            <td className="govuk-table__cell" data-label="">
              <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0 app-row-actions">
                <li>
                  <LinkButton disabled={busyId === row.id} onClick={() => onAction('copy', row)}>
                    Make a copy <span className="govuk-visually-hidden">of {row.title}</span>
                  </LinkButton>
                </li>
                <li>
                  <LinkButton onClick={() => onAction('export', row)}>
                    Export <span className="govuk-visually-hidden">{row.title}</span>
                  </LinkButton>
                </li>
                <li>
                  <DownloadPdfButton
                    variant="link"
                    assessment={() => loadAssessment(row.id)}
                    label={
                      <>
                        Download PDF <span className="govuk-visually-hidden">of {row.title}</span>
                      </>
                    }
                  />
                </li>
                <li>
                  <DownloadHtmlButton
                    variant="link"
                    assessment={() => loadAssessment(row.id)}
                    label={
                      <>
                        Download accessible version (HTML){' '}
                        <span className="govuk-visually-hidden">of {row.title}</span>
                      </>
                    }
                  />
                </li>
                <li>
                  <Link href={paths.history(row.id)} className="govuk-link govuk-link--no-visited-state">
                    History <span className="govuk-visually-hidden">of {row.title}</span>
                  </Link>
                </li>
                <li>
                  <LinkButton disabled={busyId === row.id} onClick={() => onAction('delete', row)}>
                    Delete <span className="govuk-visually-hidden">{row.title}</span>
                  </LinkButton>
                </li>
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
