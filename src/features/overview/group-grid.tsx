import { useId } from 'react';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import type { GroupState } from '@/domain/findings/index.ts';
import { type GridColumn, type OverviewRow } from '@/domain/overview.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { InEnglish } from '@/components/i18n/in-english.tsx';

const TAG: Record<GroupState, string> = {
  answered: 'govuk-tag--green',
  weak: 'govuk-tag--yellow',
  missing: 'govuk-tag--red',
};

/**
 * Assessment × equality group: answered, to look at or missing, in words (colour is a second cue only).
 * The columns are whatever `gridColumns` gives (the template's equality-group questions). The grid
 * scrolls sideways inside its own labelled, focusable region, says so above it, and keeps the Assessment
 * column in place; each cell links to that question of that assessment.
 */
export function GroupGrid({
  rows,
  columns,
  caption,
}: {
  rows: readonly OverviewRow[];
  columns: readonly GridColumn[];
  caption: string;
}) {
  const cueId = useId();
  const t = useT();
  return (
    <>
      <h2 className="govuk-heading-m">{caption}</h2>
      <p className="govuk-body app-scroll-cue" id={cueId}>
        {t('overview.cue', { count: columns.length })}
      </p>
      <div
        className="app-table-scroll app-table-scroll--shadows"
        role="region"
        aria-label={caption}
        aria-describedby={cueId}
        tabIndex={0}
      >
        <table className="govuk-table govuk-table--small-text-until-tablet app-group-grid">
          <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header app-group-grid__sticky">
                {t('overview.assessment')}
              </th>
              {columns.map((c) => (
                <th scope="col" className="govuk-table__header" key={c.questionId}>
                  <InEnglish>{c.label}</InEnglish>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr className="govuk-table__row" key={row.id}>
                <th scope="row" className="govuk-table__header app-group-grid__sticky">
                  <Link href={paths.assessment(row.id)} className="govuk-link">
                    <AssessmentTitle title={row.title} language={row.language} />
                  </Link>
                </th>
                {columns.map((c) => {
                  const state = row.groups[c.questionId];
                  // A group the assessment's form does not ask about: nothing to open.
                  if (!state)
                    return (
                      <td className="govuk-table__cell" key={c.questionId}>
                        <span className="govuk-body-s">{t('overview.notInForm')}</span>
                      </td>
                    );
                  return (
                    <td className="govuk-table__cell" key={c.questionId}>
                      <Link
                        href={paths.field(row.id, c.sectionId, c.questionId)}
                        className="govuk-link app-group-grid__link"
                      >
                        <strong className={`govuk-tag ${TAG[state]}`}>{t(`groupState.${state}`)}</strong>
                        {row.ratings[c.questionId] ? (
                          <span className="govuk-body-s app-group-grid__rating">
                            {' '}
                            <InEnglish>Impact: {row.ratings[c.questionId]}</InEnglish>
                          </span>
                        ) : null}
                        <span className="govuk-visually-hidden">
                          <RichMessage
                            id="overview.cellHidden"
                            values={{
                              label: <InEnglish>{c.label}</InEnglish>,
                              title: <AssessmentTitle title={row.title} language={row.language} />,
                            }}
                          />
                        </span>
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
