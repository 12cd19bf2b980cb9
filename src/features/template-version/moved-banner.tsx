import { Link } from 'wouter';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { paths } from '@/components/paths.ts';
import type { VersionMovePlan } from '@/domain/version-move.ts';

/**
 * The success banner on the task list after a move: what happened, and how to undo it. Announced at once
 * (role="alert"); focus goes to the page's heading as after every navigation.
 */
export function MovedBanner({ assessmentId, plan }: { assessmentId: string; plan: VersionMovePlan }) {
  const kept = plan.noLongerAsked.length;
  const fresh = plan.newQuestions.length;
  return (
    <div>
      <NotificationBanner
        variant="success"
        title="Success"
        heading={`This assessment is now on version ${plan.toVersion} of the form.`}
      >
        {(kept > 0 || fresh > 0 || plan.reopenedSections.length > 0) && (
          <ul className="govuk-list govuk-list--bullet">
            {kept > 0 && (
              <li>
                {kept === 1 ? '1 answer is' : `${kept} answers are`} kept under “Answers to questions no
                longer asked” on{' '}
                <Link href={paths.check(assessmentId)} className="govuk-notification-banner__link">
                  Check your answers
                </Link>
                .
              </li>
            )}
            {fresh > 0 && (
              <li>{fresh === 1 ? '1 new question starts' : `${fresh} new questions start`} empty.</li>
            )}
            {plan.reopenedSections.length > 0 && (
              <li>
                Mark {plan.reopenedSections.length === 1 ? 'this section' : 'these sections'} as completed
                again: {plan.reopenedSections.map((s) => s.title).join(', ')}.
              </li>
            )}
          </ul>
        )}
        <p className="govuk-body">
          To undo the move, restore the copy kept in{' '}
          <Link href={paths.history(assessmentId)} className="govuk-notification-banner__link">
            History
          </Link>{' '}
          before it moved.
        </p>
      </NotificationBanner>
    </div>
  );
}
