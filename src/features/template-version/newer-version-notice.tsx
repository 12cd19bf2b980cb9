import { Link } from 'wouter';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { paths } from '@/components/paths.ts';

/**
 * On the task list of an assessment written on an older version of its form: says a newer version is
 * published and links to the page that shows what moving would change. An agreed assessment stays on its
 * version, so it gets no link, only the reason.
 */
export function NewerVersionNotice({
  assessmentId,
  version,
  newestVersion,
  agreed,
}: {
  assessmentId: string;
  version: string;
  newestVersion: string;
  agreed: boolean;
}) {
  return (
    <NotificationBanner heading={`A newer version of this form is published: version ${newestVersion}`}>
      <p className="govuk-body">
        This assessment is on version {version}.{' '}
        {agreed
          ? 'It has been agreed, so it stays on that version. To move it, start a new revision first.'
          : 'You can move it to the newer version. You will see what changes before anything is moved.'}
      </p>
      {!agreed && (
        <p className="govuk-body">
          <Link
            href={paths.moveVersion(assessmentId, newestVersion)}
            className="govuk-notification-banner__link"
          >
            Move to version {newestVersion}
          </Link>
        </p>
      )}
    </NotificationBanner>
  );
}
