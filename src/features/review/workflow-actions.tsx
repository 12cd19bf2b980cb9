import { useState } from 'react';
import { assessmentAssessor } from '@/domain/assessment-roles.ts';
import { Link } from 'wouter';
import type { Assessment } from '@schemas/assessment.ts';
import { paths } from '@/components/paths.ts';
import { countFindings, type Finding } from '@/domain/findings/index.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import { sendForReview, startNewRevision, type WorkflowResult } from '@/domain/workflow.ts';
import { StatusTag } from '@/components/status-tag.tsx';
import { LinkButton } from '@/components/link-button.tsx';
import { ExportPrompt } from './export-prompt.tsx';
import { useIdentity } from './use-identity.ts';
import { rememberSentHere, wasSentHere } from './sent-here.ts';
import { useT } from '@/components/i18n/use-locale.ts';

type Props = {
  /** The assessment as last rendered (status, history); answers typed since are only in `current()`. */
  assessment: Assessment;
  findings: readonly Finding[];
  /** Saves the tool's change; `base` is the assessment it was computed from. */
  onUpdate: (next: Assessment, base: Assessment) => void;
  /** The assessment with everything typed so far (the draft): every action reads this one. */
  current?: () => Assessment;
  /** Downloads the assessment as it is on screen (.eia.json), for the assessor to send; returns the file's name. */
  onExport?: () => string | null | void;
  now?: () => Date;
};

/**
 * The assessor's side of the workflow, for the top of the assessment: its status, the reviewer's
 * reasons when it was returned, "Send for review" (then: export the file and send it), and "Start a new
 * revision" once agreed. Each action reads the answers as they are on the screen, not as loaded.
 */
export function WorkflowActions({
  assessment,
  findings,
  onUpdate,
  current = () => assessment,
  onExport,
  now = () => new Date(),
}: Props) {
  const [identity] = useIdentity('assessor');
  const t = useT();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [justSent, setJustSent] = useState(false);
  const counts = countFindings(findings);
  const last = assessment.statusHistory.at(-1);
  const byOf = (live: Assessment) =>
    (identity.role === 'assessor' && identity.name) || assessmentAssessor(live);

  function run(action: (live: Assessment) => WorkflowResult): Assessment | null {
    const live = current();
    const result = action(live);
    if (!result.ok) {
      setRefusal(result.reason);
      return null;
    }
    setRefusal(null);
    onUpdate(result.assessment, live);
    return result.assessment;
  }

  function send() {
    const sent = run((live) =>
      byOf(live).trim()
        ? sendForReview(live, { by: byOf(live), now: now() })
        : {
            ok: false,
            reason: t('workflow.needAssessor'),
          },
    );
    const step = sent?.statusHistory.at(-1);
    if (sent && step) rememberSentHere(sent.id, step.at);
    setJustSent(sent !== null);
  }

  // Who reads the "Ready for review" banner: whoever sent it from this browser (or the assessor it names)
  // is told to export and send the file; anyone else, the reviewer who imported it, is pointed to the review.
  const sentHere = justSent || (last?.status === 'ready-for-review' && wasSentHere(assessment.id, last.at));
  const knownSender = identity.role === 'assessor' && identity.name !== '' && last?.by === identity.name;
  const forReviewer = !sentHere && (identity.role === 'reviewer' || !knownSender);

  return (
    <div className="app-workflow-actions govuk-!-margin-bottom-6">
      <p className="govuk-body">
        <StatusTag status={assessment.status} />
        {assessment.revision > 1 && (
          <span className="govuk-body-s"> {t('review.revision', { n: assessment.revision })}</span>
        )}
      </p>

      {assessment.status === 'returned' && last?.status === 'returned' && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="returned-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="returned-title">
              {t('workflow.returnedBy', { name: last.by || t('panel.theReviewer') })}
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
              {t('panel.agreed')}
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              {last?.status === 'agreed'
                ? t('workflow.agreedBy', {
                    name: last.by || t('panel.theReviewer'),
                    when: formatDateTime(last.at),
                  })
                : t('workflow.hasBeenAgreed')}
            </p>
            <p className="govuk-body">{t('workflow.lockedNewRevision')}</p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              data-module="govuk-button"
              onClick={() => run((live) => startNewRevision(live, { by: byOf(live), now: now() }))}
            >
              {t('workflow.startRevision')}
            </button>
          </div>
        </div>
      )}

      {assessment.status === 'ready-for-review' &&
        (forReviewer ? (
          // The reviewer opened the file they were sent: nothing to export, their next step is the review.
          <div className="govuk-notification-banner" role="region" aria-labelledby="sent-title">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="sent-title">
                {t('status.ready-for-review')}
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">{t('workflow.reviewerHeading')}</p>
              <p className="govuk-body">
                {t('workflow.reviewerBody')}
                {last?.status === 'ready-for-review' &&
                  ` ${
                    last.by
                      ? t('workflow.markedReadyByOn', { name: last.by, when: formatDateTime(last.at) })
                      : t('workflow.markedReadyOn', { when: formatDateTime(last.at) })
                  }`}
              </p>
              <Link href={paths.review(assessment.id)} className="govuk-button govuk-!-margin-bottom-0">
                {t('workflow.reviewThis')}
              </Link>
              {/* Nobody in this browser has said who they are: the sender may be reading it after all. */}
              {identity.role !== 'reviewer' && onExport && (
                <p className="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">
                  {t('workflow.ifYouSent')}{' '}
                  <LinkButton onClick={() => void onExport()}>{t('workflow.exportForReviewer')}</LinkButton>.
                </p>
              )}
            </div>
          </div>
        ) : (
          <div
            className={`govuk-notification-banner${justSent ? ' govuk-notification-banner--success' : ''}`}
            role={justSent ? 'alert' : 'region'}
            aria-labelledby="sent-title"
          >
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="sent-title">
                {justSent ? t('workflow.markedReady') : t('status.ready-for-review')}
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <ExportPrompt
                to="reviewer"
                {...(onExport ? { onExport } : {})}
                {...(last?.status === 'ready-for-review'
                  ? {
                      detail: last.by
                        ? t('workflow.markedReadyByOn', { name: last.by, when: formatDateTime(last.at) })
                        : t('workflow.markedReadyOn', { when: formatDateTime(last.at) }),
                    }
                  : {})}
              />
              <p className="govuk-body govuk-!-margin-bottom-0">
                {t('workflow.ifReviewer')}{' '}
                <Link href={paths.review(assessment.id)} className="govuk-notification-banner__link">
                  {t('workflow.openReview')}
                </Link>
                .
              </p>
            </div>
          </div>
        ))}

      {(assessment.status === 'draft' || assessment.status === 'returned') && (
        <>
          {counts.missing > 0 && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">{t('common.warning')}</span>
                {t('workflow.missing', { count: counts.missing })}
              </strong>
            </div>
          )}
          <button
            type="button"
            // The main action only once every question is answered: not on an empty new assessment.
            className={`govuk-button${counts.missing > 0 ? ' govuk-button--secondary' : ''}`}
            data-module="govuk-button"
            onClick={send}
          >
            {t('workflow.send')}
          </button>
        </>
      )}

      {refusal && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {refusal}
        </p>
      )}
    </div>
  );
}
