import { useId } from 'react';
import { TableHead } from '@/components/table-head.tsx';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { StatusTag } from '@/components/status-tag.tsx';
import { formatDateTime } from '@/components/format-date-time.ts';
import type { OverviewRow } from '@/domain/overview.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { t as translate } from '@/components/i18n/i18n.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';

/** One row per assessment: status, sections completed, missing and weak counts, assessor, last edited. */
export function OverviewTable({ rows, caption }: { rows: readonly OverviewRow[]; caption: string }) {
  const t = useT();
  const cueId = useId();
  return (
    <>
      {/* Shown only where the table is likely not to fit; screen readers hear it as the table's description. */}
      <p className="govuk-body-s app-scroll-cue app-scroll-cue--narrow" id={cueId}>
        {t('overview.tableCue')}
      </p>
      <div
        className="app-table-scroll app-table-scroll--shadows"
        role="region"
        aria-label={caption}
        aria-describedby={cueId}
        tabIndex={0}
      >
        <table className="govuk-table govuk-table--small-text-until-tablet">
          <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
          <TableHead
            columns={[
              { label: t('overview.assessment') },
              { label: t('table.status') },
              { label: t('table.sectionsCompleted') },
              { label: t('findings.missing'), numeric: true },
              { label: t('findings.toLookAt'), numeric: true },
              { label: t('overview.openComments'), numeric: true },
              { label: t('table.assessor') },
              { label: t('table.lastEdited') },
            ]}
          />
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr className="govuk-table__row" key={row.id}>
                <th scope="row" className="govuk-table__header">
                  <Link href={paths.assessment(row.id)} className="govuk-link">
                    <AssessmentTitle title={row.title} language={row.language} />
                  </Link>
                  {row.status === 'ready-for-review' && (
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      <Link href={paths.review(row.id)} className="govuk-link">
                        {t('overview.review')}
                        <span className="govuk-visually-hidden">
                          {' '}
                          <AssessmentTitle title={row.title} language={row.language} />
                        </span>
                      </Link>
                    </span>
                  )}
                </th>
                <td className="govuk-table__cell">
                  <StatusTag status={row.status} />
                  {row.revision > 1 && (
                    <span className="govuk-body-s"> {t('review.revision', { n: row.revision })}</span>
                  )}
                </td>
                <td className="govuk-table__cell">{sectionsText(row.sections)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.missing}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.weak}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.openComments}</td>
                <td className="govuk-table__cell">{row.assessorName || t('common.notGiven')}</td>
                <td className="govuk-table__cell">{formatDateTime(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The domain's "3 of 6" (also the CSV's) in the interface language. */
function sectionsText(sections: string): string {
  const m = /^(\d+) of (\d+)$/.exec(sections);
  return m ? translate('table.sectionsOf', { done: Number(m[1]), total: Number(m[2]) }) : sections;
}
