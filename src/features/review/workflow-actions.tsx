import { useState } from 'react';
import { assessmentAssessor } from '@/domain/assessment-roles.ts';
import { Link } from 'wouter';
import type { Assessment } from '@schemas/assessment.ts';
import { paths } from '@/components/paths.ts';
import { countFindings, type Finding } from '@/domain/findings/index.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import { sendForReview, startNewRevision, type WorkflowResult } from '@/domain/workflow.ts';
import { StatusTag } from '@/components/status-tag.tsx';
import { useIdentity } from './use-identity.ts';

type Props = {
  assessment: Assessment;
  findings: readonly Finding[];
  onUpdate: (next: Assessment) => void;
  now?: () => Date;
};

/**
 * The assessor's side of the workflow, for the top of the assessment: its status, the reviewer's
 * reasons when it was returned, "Send for review", and "Start a new revision" once agreed.
 */
export function WorkflowActions({ assessment, findings, onUpdate, now = () => new Date() }: Props) {
  const [identity] = useIdentity('assessor');
  const [refusal, setRefusal] = useState<string | null>(null);
  const counts = countFindings(findings);
  const last = assessment.statusHistory.at(-1);
  const by = (identity.role === 'assessor' && identity.name) || assessmentAssessor(assessment);

  function run(result: WorkflowResult) {
    if (!result.ok) return setRefusal(result.reason);
    setRefusal(null);
    onUpdate(result.assessment);
  }

  return (
    <div className="app-workflow-actions govuk-!-margin-bottom-6">
      <p className="govuk-body">
        <StatusTag status={assessment.status} />
        {assessment.revision > 1 && <span className="govuk-body-s"> Revision {assessment.revision}</span>}
      </p>

      {assessment.status === 'returned' && last?.status === 'returned' && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="returned-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="returned-title">
              Returned by {last.by || 'the reviewer'}
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-body govuk-!-font-weight-bold">{formatDateTime(last.at)}</p>
            <p className="govuk-body app-comment__body">{last.note}</p>
          </div>
        </div>
      )}

      {assessment.status === 'agreed' && (
        <div
          className="govuk-notification-banner govuk-notification-banner--success"
          role="region"
          aria-labelledby="agreed-title"
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="agreed-title">
              Agreed
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              {last?.status === 'agreed'
                ? `Agreed by ${last.by || 'the reviewer'} on ${formatDateTime(last.at)}.`
                : 'This assessment has been agreed.'}
            </p>
            <p className="govuk-body">
              This revision is locked. To change it, start a new revision: the agreed revision stays in the
              history and can still be exported.
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              data-module="govuk-button"
              onClick={() => run(startNewRevision(assessment, { by, now: now() }))}
            >
              Start a new revision
            </button>
          </div>
        </div>
      )}

      {assessment.status === 'ready-for-review' && (
        <div className="govuk-inset-text">
          Sent for review{last?.status === 'ready-for-review' ? ` on ${formatDateTime(last.at)}` : ''}. To
          review it here, <Link href={paths.review(assessment.id)}>open the review page</Link>.
        </div>
      )}

      {(assessment.status === 'draft' || assessment.status === 'returned') && (
        <>
          {counts.missing > 0 && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {counts.missing} {counts.missing === 1 ? 'question is' : 'questions are'} not answered. You
                can send it for review, but it cannot be agreed until every question is answered.
              </strong>
            </div>
          )}
          <button
            type="button"
            className="govuk-button"
            data-module="govuk-button"
            onClick={() =>
              by.trim()
                ? run(sendForReview(assessment, { by, now: now() }))
                : setRefusal(
                    'Answer “Name of impact assessor” in section 1 first, so the reviewer knows who sent it',
                  )
            }
          >
            Send for review
          </button>
        </>
      )}

      {refusal && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {refusal}
        </p>
      )}
    </div>
  );
}
