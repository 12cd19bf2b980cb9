import { useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Assessment, Comment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { templateOf } from '@schemas/templates/index.ts';
import { assessmentTitle } from '@/domain/assessment-roles.ts';
import { ErrorSummary } from '@/components/error-summary.tsx';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { UNTITLED } from '@/domain/assessment-summary.ts';
import { isResolved } from '@/domain/comments.ts';
import { formatLongDate } from '@/domain/long-date.ts';
import { agree } from '@/domain/workflow.ts';
import { FindingList } from './finding-list.tsx';
import { useFindings } from './use-findings.ts';
import { useIdentity } from './use-identity.ts';

type Props = {
  /** The assessment as it is now (what is on the screen, not as it was loaded). */
  assessment: Assessment;
  onUpdate: (next: Assessment) => void;
  readOnly?: boolean;
  now?: () => Date;
};

/**
 * GOV.UK confirmation before agreeing (paths.agree): agreeing locks the revision, so the reviewer sees
 * first what is still open (unresolved comments, answers to look at, anything missing) and confirms.
 */
export function AgreePage({ assessment, onUpdate, readOnly = false, now = () => new Date() }: Props) {
  useDocumentTitle('Agree this assessment – EIA Builder');
  const id = useId();
  const [, navigate] = useLocation();
  const template = templateOf(assessment) as Template;
  const findings = useFindings(assessment, template);
  const [identity, setIdentity] = useIdentity('reviewer');
  const [name, setName] = useState(identity.role === 'reviewer' ? identity.name : '');
  const [problem, setProblem] = useState<string | null>(null);
  const title = assessmentTitle(assessment, template) || UNTITLED;
  const missing = findings.filter((f) => f.severity === 'missing');
  const weak = findings.filter((f) => f.severity === 'weak');
  const open = assessment.comments.filter((c) => !isResolved(c));
  const nameId = `${id}-name`;
  // The same items while the problem stands, so the summary takes focus once, not on every keystroke.
  const summaryItems = useMemo(
    () => (problem ? [{ message: problem, targetId: nameId }] : []),
    [problem, nameId],
  );
  const back = (
    <Link href={paths.review(assessment.id)} className="govuk-back-link">
      Back to the review
    </Link>
  );

  if (assessment.status !== 'ready-for-review' || readOnly) {
    return (
      <>
        {back}
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">This assessment cannot be agreed now</h1>
        <p className="govuk-body">
          {readOnly
            ? 'It is open in another tab, or can only be read here.'
            : assessment.status === 'agreed'
              ? 'It has already been agreed.'
              : 'Only an assessment that is ready for review can be agreed. Ask the assessor to send it for review.'}
        </p>
        <p className="govuk-body">
          <Link href={paths.review(assessment.id)} className="govuk-link">
            Go back to the review
          </Link>
        </p>
      </>
    );
  }

  function onAgree() {
    if (!name.trim()) return setProblem('Enter your name');
    const result = agree(assessment, template, { reviewer: name, now: now() });
    if (!result.ok) return setProblem(result.reason);
    setIdentity({ name: name.trim(), role: 'reviewer' });
    onUpdate(result.assessment);
    navigate(paths.review(assessment.id));
  }

  return (
    <>
      {back}
      {problem && <ErrorSummary items={summaryItems} />}
      <span className="govuk-caption-l">{title}</span>
      <h1 className="govuk-heading-l">Are you sure you want to agree this assessment?</h1>
      {missing.length > 0 ? (
        <>
          <p className="govuk-body">
            You cannot agree it yet: {missing.length === 1 ? '1 answer is' : `${missing.length} answers are`}{' '}
            missing. Return it to the assessor to complete.
          </p>
          <FindingList findings={missing} assessmentId={assessment.id} showQuestion />
        </>
      ) : (
        <p className="govuk-body">
          Agreeing locks revision {assessment.revision}: no answer can be changed, and “Date EIA agreed” is
          set to today, {formatLongDate(now())}. To change it afterwards, the assessor starts a new revision.
        </p>
      )}

      <h2 className="govuk-heading-m">What is still open</h2>
      {open.length === 0 && weak.length === 0 && (
        <p className="govuk-body">Nothing: every comment is resolved and no answer needs looking at.</p>
      )}
      {open.length > 0 && (
        <>
          <h3 className="govuk-heading-s">
            {open.length === 1 ? '1 comment is still open' : `${open.length} comments are still open`}
          </h3>
          <ul className="govuk-list govuk-list--spaced">
            {open.map((c) => (
              <li key={c.id}>
                <OpenComment comment={c} assessmentId={assessment.id} template={template} />
              </li>
            ))}
          </ul>
        </>
      )}
      {weak.length > 0 && (
        <>
          <h3 className="govuk-heading-s">
            {weak.length === 1 ? '1 answer to look at' : `${weak.length} answers to look at`}
          </h3>
          <p className="govuk-body">Agreeing with answers to look at is your judgement.</p>
          {weak.length > 5 ? (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Show the {weak.length} answers to look at</span>
              </summary>
              <div className="govuk-details__text">
                <FindingList findings={weak} assessmentId={assessment.id} showQuestion />
              </div>
            </details>
          ) : (
            <FindingList findings={weak} assessmentId={assessment.id} showQuestion />
          )}
        </>
      )}

      {missing.length === 0 && (
        <>
          <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={nameId}>
              Your name
            </label>
            <div className="govuk-hint" id={`${id}-hint`}>
              Recorded as the person who agreed it.
            </div>
            {problem && (
              <p className="govuk-error-message" id={`${id}-error`}>
                <span className="govuk-visually-hidden">Error:</span> {problem}
              </p>
            )}
            <input
              id={nameId}
              className={`govuk-input govuk-input--width-20${problem ? ' govuk-input--error' : ''}`}
              type="text"
              autoComplete="name"
              spellCheck={false}
              value={name}
              aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button" data-module="govuk-button" onClick={onAgree}>
              Yes, agree and lock it
            </button>
            <Link href={paths.review(assessment.id)} className="govuk-link">
              No, go back to the review
            </Link>
          </div>
        </>
      )}
    </>
  );
}

function OpenComment({
  comment,
  assessmentId,
  template,
}: {
  comment: Comment;
  assessmentId: string;
  template: Template;
}) {
  const section = template.sections.find((s) => s.id === comment.sectionId);
  const question = section?.questions.find((q) => q.id === comment.questionId);
  const href = question
    ? paths.field(assessmentId, comment.sectionId, question.id)
    : paths.section(assessmentId, comment.sectionId);
  return (
    <>
      <Link href={href} className="govuk-link">
        {question ? question.label : section ? `Section ${section.number}: ${section.title}` : 'Comment'}
      </Link>
      : {comment.author} ({comment.role})
      <span className="govuk-body-s govuk-!-display-block app-comment__body">{comment.body}</span>
    </>
  );
}
