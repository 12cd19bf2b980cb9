import { formatDateTime } from '@/components/format-date-time.ts';
import { type LibraryFacts } from '@/storage/use-library.ts';

/**
 * "Keeping your assessments safe": whether the browser agreed to keep the data, and a reminder when the
 * last exported backup is old (or there is none). The export button itself is beside it on the page.
 */
export function KeepingSafe({ facts }: { facts: LibraryFacts }) {
  const { persistence, reminder, lastBackupAt } = facts;
  return (
    <>
      {reminder && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {reminder.kind === 'never'
              ? 'You have not exported a backup of your assessments yet. They are only in this browser: export them all and keep the file somewhere safe.'
              : `Your last backup was exported ${reminder.days} days ago and you have changed assessments since. Export them all again.`}
          </strong>
        </div>
      )}
      <p className="govuk-body">
        {persistence === 'granted' &&
          'This browser has agreed to keep your assessments, even when it is short of space.'}
        {persistence === 'denied' &&
          'This browser has not agreed to keep your assessments for certain: it may delete them if it runs short of space or you do not visit for a while. Export a backup regularly.'}
        {persistence === 'unsupported' &&
          'This browser cannot promise to keep your assessments: it may delete them if it runs short of space. Export a backup regularly.'}
        {persistence === null && 'Your assessments are kept in this browser only.'}
      </p>
      {lastBackupAt && <p className="govuk-body-s">Last backup exported {formatDateTime(lastBackupAt)}.</p>}
    </>
  );
}
