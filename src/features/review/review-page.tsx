import { useDocumentTitle } from '@/components/use-document-title.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import { assessmentTitle } from '@/domain/assessment-roles.ts';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { templateOf } from '@schemas/templates/index.ts';
import { paths } from '@/components/paths.ts';
import { UNTITLED } from '@/domain/assessment-summary.ts';
import { isResolved } from '@/domain/comments.ts';
import { isLocked } from '@/domain/workflow.ts';
import { AnswerChanges } from './answer-changes.tsx';
import { ReviewFindings } from './review-findings.tsx';
import { ReviewPanel } from './review-panel.tsx';
import { SectionComments } from './section-comments.tsx';
import { StatusHistory } from './status-history.tsx';
import { StatusTag } from '@/components/status-tag.tsx';
import { DownloadHtmlButton } from '@/components/download-html-button.tsx';
import { DownloadPdfButton } from '@/components/download-pdf-button.tsx';
import { useFindings } from './use-findings.ts';
import { useHeadingFocus } from './use-heading-focus.ts';
import { useT } from '@/components/i18n/use-locale.ts';

export type ReviewPageProps = {
  assessment: Assessment;
  /** Save the changed assessment (the storage hook's update). */
  onUpdate: (next: Assessment) => void;
  /** Nothing can change here (for example the assessment is open in another tab). */
  readOnly?: boolean;
  now?: () => Date;
  /** One answer as the form shows it (the app passes the form's view; plain text without it). */
  renderAnswer?: (questionId: string) => ReactNode;
  /** Downloads the assessment (.eia.json), to send back after a decision; returns the file's name. */
  onExport?: () => string | null | void;
};

/**
 * The reviewer's page for one assessment (paths.review): the decision (return with reasons, or agree),
 * everything missing or to look at a question at a time (the answer beside its findings, and the
 * question's comments, which can be added here as beside the field in the form), the comments on
 * questions and sections, and the status history.
 */
export function ReviewPage({
  assessment,
  onUpdate,
  readOnly = false,
  now,
  renderAnswer,
  onExport,
}: ReviewPageProps) {
  const t = useT();
  const headingRef = useHeadingFocus();
  useDocumentTitle(t('title.suffix', { page: t('review.title') }));
  const template = templateOf(assessment) as Template;
  const findings = useFindings(assessment, template);
  const locked = readOnly || isLocked(assessment);
  const title = (
    <AssessmentTitle title={assessmentTitle(assessment, template) || UNTITLED} language={template.language} />
  );
  return (
    <>
      <Link href={paths.assessment(assessment.id)} className="govuk-back-link">
        {t('review.back')}
      </Link>
      <span className="govuk-caption-l">{title}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
        {t('review.title')}
      </h1>
      <p className="govuk-body">
        <StatusTag status={assessment.status} />
        {assessment.revision > 1 && (
          <span className="govuk-body-s"> {t('review.revision', { n: assessment.revision })}</span>
        )}
      </p>
      {!readOnly && (
        <ReviewPanel
          assessment={assessment}
          findings={findings}
          onUpdate={onUpdate}
          {...(now ? { now } : {})}
          {...(onExport ? { onExport } : {})}
        />
      )}
      <ReviewFindings
        assessment={assessment}
        template={template}
        findings={findings}
        onUpdate={onUpdate}
        readOnly={locked}
        {...(renderAnswer ? { renderAnswer } : {})}
      />
      <AnswerChanges assessment={assessment} template={template} />
      <QuestionComments assessment={assessment} template={template} />
      <SectionComments
        assessment={assessment}
        template={template}
        onUpdate={onUpdate}
        readOnly={locked}
        fallbackRole="reviewer"
      />
      <h2 className="govuk-heading-m">{t('review.download')}</h2>
      <DownloadPdfButton assessment={assessment} />
      <DownloadHtmlButton assessment={assessment} />
      <StatusHistory history={assessment.statusHistory} />
    </>
  );
}

/** An index of the comments on single questions, each linked to its question (where the thread is). */
function QuestionComments({ assessment, template }: { assessment: Assessment; template: Template }) {
  const labels = new Map(template.sections.flatMap((s) => s.questions.map((q) => [q.id, q.label] as const)));
  const comments = assessment.comments.filter((c) => c.questionId !== undefined);
  const t = useT();
  return (
    <section className="app-question-comments">
      <h2 className="govuk-heading-m">{t('review.questionComments')}</h2>
      {comments.length === 0 ? (
        <p className="govuk-body">{t('review.noComments')}</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {comments.map((c) => (
            <li key={c.id}>
              <Link href={paths.field(assessment.id, c.sectionId, c.questionId!)}>
                {labels.get(c.questionId!) ?? c.questionId}
              </Link>
              : {c.author} ({t(`role.${c.role}`)}){' '}
              {isResolved(c) ? (
                <strong className="govuk-tag govuk-tag--green">{t('review.resolved')}</strong>
              ) : (
                <strong className="govuk-tag govuk-tag--blue">{t('review.open')}</strong>
              )}
              {c.replies.length > 0 && (
                <span className="govuk-body-s"> {t('review.replies', { count: c.replies.length })}</span>
              )}
              <span className="govuk-body-s govuk-!-display-block app-comment__body">{c.body}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
