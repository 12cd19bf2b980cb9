import { useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Assessment, Comment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import { templateOf } from '@schemas/templates/index.ts';
import { assessmentTitle } from '@/domain/assessment-roles.ts';
import { ErrorSummary } from '@/components/error-summary.tsx';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { UNTITLED } from '@/domain/assessment-summary.ts';
import { isResolved } from '@/domain/comments.ts';
import { agree } from '@/domain/workflow.ts';
import { findingsByQuestion, type QuestionFindings } from '@/domain/findings/index.ts';
import { FindingWords } from '@/components/i18n/finding-words.tsx';
import { TemplateText } from '@/components/template-text.tsx';
import type { Language } from '@schemas/local-text.ts';
import { FindingList } from './finding-list.tsx';
import { useFindings } from './use-findings.ts';
import { useHeadingFocus } from './use-heading-focus.ts';
import { useIdentity } from './use-identity.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { formatDate } from '@/components/format-date-time.ts';

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
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('agree.title') }));
  const id = useId();
  const headingRef = useHeadingFocus();
  const [, navigate] = useLocation();
  const template = templateOf(assessment) as Template;
  const findings = useFindings(assessment, template);
  const [identity, setIdentity] = useIdentity('reviewer');
  const [name, setName] = useState(identity.role === 'reviewer' ? identity.name : '');
  const [problem, setProblem] = useState<string | null>(null);
  const title = (
    <AssessmentTitle title={assessmentTitle(assessment, template) || UNTITLED} language={template.language} />
  );
  const missing = findings.filter((f) => f.severity === 'missing');
  // Counted as the review page counts them (countFindings): answers, that is questions, with something to
  // look at and nothing missing; a question with three findings is one answer to look at.
  const missingIds = new Set(missing.map((f) => f.questionId));
  const weak = findingsByQuestion(
    findings.filter((f) => f.severity === 'weak' && !missingIds.has(f.questionId)),
  );
  const open = assessment.comments.filter((c) => !isResolved(c));
  const nameId = `${id}-name`;
  // The same items while the problem stands, so the summary takes focus once, not on every keystroke.
  const summaryItems = useMemo(
    () => (problem ? [{ message: problem, targetId: nameId }] : []),
    [problem, nameId],
  );
  const back = (
    <Link href={paths.review(assessment.id)} className="govuk-back-link">
      {t('agree.back')}
    </Link>
  );

  if (assessment.status !== 'ready-for-review' || readOnly) {
    return (
      <>
        {back}
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {t('agree.cannotNow')}
        </h1>
        <p className="govuk-body">
          {readOnly
            ? t('agree.readOnly')
            : assessment.status === 'agreed'
              ? t('agree.already')
              : t('agree.onlyReady')}
        </p>
        <p className="govuk-body">
          <Link href={paths.review(assessment.id)} className="govuk-link">
            {t('agree.goBack')}
          </Link>
        </p>
      </>
    );
  }

  function onAgree() {
    if (!name.trim()) return setProblem(t('panel.enterName'));
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
      <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
        {t('agree.sure')}
      </h1>
      {missing.length > 0 ? (
        <>
          <p className="govuk-body">{t('agree.cannotYet', { count: missing.length })}</p>
          <FindingList
            findings={missing}
            assessmentId={assessment.id}
            showQuestion
            language={template.language}
          />
        </>
      ) : (
        <p className="govuk-body">
          {t('agree.locks', { revision: assessment.revision, today: formatDate(now()) })}
        </p>
      )}

      <h2 className="govuk-heading-m">{t('agree.stillOpen')}</h2>
      {open.length === 0 && weak.length === 0 && <p className="govuk-body">{t('agree.nothingOpen')}</p>}
      {open.length > 0 && (
        <>
          <h3 className="govuk-heading-s">{t('agree.openComments', { count: open.length })}</h3>
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
          <h3 className="govuk-heading-s">{t('agree.weakAnswers', { count: weak.length })}</h3>
          <p className="govuk-body">
            {t('agree.judgement')} {t('agree.weakIntro')}
          </p>
          {weak.length > 5 ? (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  {t('agree.showWeak', { count: weak.length })}
                </span>
              </summary>
              <div className="govuk-details__text">
                <AnswersToLookAt questions={weak} assessmentId={assessment.id} language={template.language} />
              </div>
            </details>
          ) : (
            <AnswersToLookAt questions={weak} assessmentId={assessment.id} language={template.language} />
          )}
        </>
      )}

      {missing.length === 0 && (
        <>
          <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={nameId}>
              {t('panel.yourName')}
            </label>
            <div className="govuk-hint" id={`${id}-hint`}>
              {t('agree.nameHint')}
            </div>
            {problem && (
              <p className="govuk-error-message" id={`${id}-error`}>
                <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {problem}
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
              {t('agree.yes')}
            </button>
            <Link href={paths.review(assessment.id)} className="govuk-link">
              {t('agree.no')}
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
  const t = useT();
  const section = template.sections.find((s) => s.id === comment.sectionId);
  const question = section?.questions.find((q) => q.id === comment.questionId);
  const href = question
    ? paths.field(assessmentId, comment.sectionId, question.id)
    : paths.section(assessmentId, comment.sectionId);
  return (
    <>
      <Link href={href} className="govuk-link">
        {question
          ? question.label
          : section
            ? t('form.sectionHeading', { number: section.number, title: section.title })
            : t('agree.comment')}
      </Link>
      : {comment.author} ({t(`role.${comment.role}`)})
      <span className="govuk-body-s govuk-!-display-block app-comment__body">{comment.body}</span>
    </>
  );
}

/** One item per answer to look at: its question (linked to the field), then what to look at in it. */
function AnswersToLookAt({
  questions,
  assessmentId,
  language,
}: {
  questions: readonly QuestionFindings[];
  assessmentId: string;
  language: Language;
}) {
  return (
    <ul className="govuk-list govuk-list--spaced">
      {questions.map((q) => (
        <li key={q.questionId}>
          <Link href={paths.field(assessmentId, q.sectionId, q.questionId)} className="govuk-link">
            <TemplateText language={language}>{q.questionLabel}</TemplateText>
          </Link>
          <ul className="govuk-list govuk-list--bullet govuk-body-s govuk-!-margin-top-1">
            {q.findings.map((f) => (
              <li key={f.id}>
                <FindingWords english={f.title} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
