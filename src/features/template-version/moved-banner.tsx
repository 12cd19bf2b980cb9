import { Link } from 'wouter';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { paths } from '@/components/paths.ts';
import type { VersionMovePlan } from '@/domain/version-move.ts';

/**
 * The success banner on the task list after a move: what happened, and how to undo it. Announced at once
 * (role="alert"); focus goes to the page's heading as after every navigation.
 */
export function MovedBanner({ assessmentId, plan }: { assessmentId: string; plan: VersionMovePlan }) {
  const t = useT();
  const kept = plan.noLongerAsked.length;
  const fresh = plan.newQuestions.length;
  const reopened = plan.reopenedSections.length;
  return (
    <div>
      <NotificationBanner
        variant="success"
        title={t('moved.title')}
        heading={t('moved.heading', { version: plan.toVersion })}
      >
        {(kept > 0 || fresh > 0 || reopened > 0) && (
          <ul className="govuk-list govuk-list--bullet">
            {kept > 0 && (
              <li>
                {t('moved.kept', { count: kept })}{' '}
                <Link href={paths.check(assessmentId)} className="govuk-notification-banner__link">
                  {t('moved.checkAnswers')}
                </Link>
                .
              </li>
            )}
            {fresh > 0 && <li>{t('moved.newQuestions', { count: fresh })}</li>}
            {reopened > 0 && (
              <li>
                {/* The plan's titles are the English wording (the move is planned in English). */}
                <RichMessage
                  id="moved.reopened"
                  values={{
                    count: reopened,
                    sections: <InEnglish>{plan.reopenedSections.map((s) => s.title).join(', ')}</InEnglish>,
                  }}
                />
              </li>
            )}
          </ul>
        )}
        <p className="govuk-body">
          {t('moved.undoBefore')}{' '}
          <Link href={paths.history(assessmentId)} className="govuk-notification-banner__link">
            {t('moved.history')}
          </Link>{' '}
          {t('moved.undoAfter')}
        </p>
      </NotificationBanner>
    </div>
  );
}
