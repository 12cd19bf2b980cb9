import { TableHead } from '@/components/table-head.tsx';
import { type StatusChange } from '@schemas/assessment.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import './review.scss';
import { useT } from '@/components/i18n/use-locale.ts';

/** Every status change, newest first: when, what, who, why, and which revision. */
export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  const t = useT();
  if (history.length === 0) return <p className="govuk-body">{t('history.none')}</p>;
  const rows = [...history].reverse();
  return (
    <table className="govuk-table app-table--stacked">
      <caption className="govuk-table__caption govuk-table__caption--m">{t('history.caption')}</caption>
      <TableHead
        columns={[
          { label: t('history.when') },
          { label: t('table.status') },
          { label: t('history.by') },
          { label: t('history.note') },
          { label: t('history.revision'), numeric: true },
        ]}
      />
      <tbody className="govuk-table__body">
        {rows.map((change, index) => (
          <tr className="govuk-table__row" key={`${change.at}-${change.status}-${index}`}>
            <td className="govuk-table__cell" data-label={t('history.when')}>
              {formatDateTime(change.at)}
            </td>
            <td className="govuk-table__cell" data-label={t('table.status')}>
              {t(`status.${change.status}`)}
            </td>
            <td className="govuk-table__cell" data-label={t('history.by')}>
              {change.by || <NoName />}
            </td>
            <td className="govuk-table__cell app-comment__body" data-label={t('history.note')}>
              {change.note || (started(history, change) ? t('history.started') : '')}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric" data-label={t('history.revision')}>
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
  const t = useT();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="govuk-visually-hidden">{t('history.noName')}</span>
    </>
  );
}
