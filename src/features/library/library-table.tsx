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
import { useT } from '@/components/i18n/use-locale.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';

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
  const t = useT();
  return (
    <table className="govuk-table app-table--stacked">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <TableHead
        columns={[
          { label: t('table.title') },
          { label: t('table.assessor') },
          { label: t('table.status') },
          { label: t('table.sectionsCompleted') },
          { label: t('table.lastEdited') },
          { label: <span className="govuk-visually-hidden">{t('table.actions')}</span> },
        ]}
      />
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link href={paths.assessment(row.id)} className="govuk-link">
                <AssessmentTitle title={row.title} language={row.language} />
              </Link>
              {row.revision > 1 && (
                <span className="govuk-body-s govuk-hint"> {t('table.revision', { n: row.revision })}</span>
              )}
            </th>
            <td className="govuk-table__cell" data-label={t('table.assessor')}>
              {row.assessorName || <span className="govuk-hint">{t('common.notGiven')}</span>}
            </td>
            <td className="govuk-table__cell" data-label={t('table.status')}>
              <StatusTag status={row.status} />
            </td>
            <td className="govuk-table__cell" data-label={t('table.sectionsCompleted')}>
              {t('table.sectionsOf', { done: row.completedSections, total: row.totalSections })}
            </td>
            <td className="govuk-table__cell" data-label={t('table.lastEdited')}>
              {formatRelativeDateTime(row.updatedAt, now)}
            </td>
            <td className="govuk-table__cell" data-label="">
              <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0 app-row-actions">
                <li>
                  <LinkButton disabled={busyId === row.id} onClick={() => onAction('copy', row)}>
                    {t('row.copy')}{' '}
                    <span className="govuk-visually-hidden">
                      <RichMessage
                        id="row.ofTitle"
                        values={{ title: <AssessmentTitle title={row.title} language={row.language} /> }}
                      />
                    </span>
                  </LinkButton>
                </li>
                <li>
                  <LinkButton onClick={() => onAction('export', row)}>
                    {t('row.export')}{' '}
                    <span className="govuk-visually-hidden">
                      <AssessmentTitle title={row.title} language={row.language} />
                    </span>
                  </LinkButton>
                </li>
                <li>
                  <DownloadPdfButton
                    variant="link"
                    assessment={() => loadAssessment(row.id)}
                    label={
                      <>
                        {t('pdf.download')}{' '}
                        <span className="govuk-visually-hidden">
                          <RichMessage
                            id="row.ofTitle"
                            values={{ title: <AssessmentTitle title={row.title} language={row.language} /> }}
                          />
                        </span>
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
                        {t('html.download')}{' '}
                        <span className="govuk-visually-hidden">
                          <RichMessage
                            id="row.ofTitle"
                            values={{ title: <AssessmentTitle title={row.title} language={row.language} /> }}
                          />
                        </span>
                      </>
                    }
                  />
                </li>
                <li>
                  <Link href={paths.history(row.id)} className="govuk-link govuk-link--no-visited-state">
                    {t('row.history')}{' '}
                    <span className="govuk-visually-hidden">
                      <RichMessage
                        id="row.ofTitle"
                        values={{ title: <AssessmentTitle title={row.title} language={row.language} /> }}
                      />
                    </span>
                  </Link>
                </li>
                <li>
                  <LinkButton disabled={busyId === row.id} onClick={() => onAction('delete', row)}>
                    {t('row.delete')}{' '}
                    <span className="govuk-visually-hidden">
                      <AssessmentTitle title={row.title} language={row.language} />
                    </span>
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
