import { Link } from 'wouter';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
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
  const t = useT();
  return (
    <NotificationBanner heading={t('newerVersion.heading', { version: newestVersion })}>
      <p className="govuk-body">
        {t('newerVersion.onVersion', { version })}{' '}
        {agreed ? t('newerVersion.agreed') : t('newerVersion.canMove')}
      </p>
      {!agreed && (
        <p className="govuk-body">
          <Link
            href={paths.moveVersion(assessmentId, newestVersion)}
            className="govuk-notification-banner__link"
          >
            {t('newerVersion.move', { version: newestVersion })}
          </Link>
        </p>
      )}
    </NotificationBanner>
  );
}
