import { formatDateTime } from '@/components/format-date-time.ts';
import { type LibraryFacts } from '@/storage/use-library.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * "Keeping your assessments safe": whether the browser agreed to keep the data, and a reminder when the
 * last exported backup is old (or there is none). The export button itself is beside it on the page.
 */
export function KeepingSafe({ facts }: { facts: LibraryFacts }) {
  const { persistence, reminder, lastBackupAt } = facts;
  const t = useT();
  return (
    <>
      {reminder && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t('common.warning')}</span>
            {reminder.kind === 'never' ? t('safe.never') : t('safe.old', { days: reminder.days })}
          </strong>
        </div>
      )}
      <p className="govuk-body">
        {persistence === 'granted' && t('safe.granted')}
        {persistence === 'denied' && t('safe.denied')}
        {persistence === 'unsupported' && t('safe.unsupported')}
        {persistence === null && t('safe.unknown')}
      </p>
      {lastBackupAt && (
        <p className="govuk-body-s">{t('safe.lastBackup', { when: formatDateTime(lastBackupAt) })}</p>
      )}
    </>
  );
}
