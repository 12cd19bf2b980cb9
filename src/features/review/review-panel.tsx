import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import { paths } from '@/components/paths.ts';
import { countFindings, type Finding } from '@/domain/findings/index.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import { returnToAssessor, type WorkflowResult } from '@/domain/workflow.ts';
import { useLocation } from 'wouter';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary.tsx';
import { ExportPrompt } from './export-prompt.tsx';
import { useIdentity } from './use-identity.ts';
import { useT } from '@/components/i18n/use-locale.ts';

type Props = {
  assessment: Assessment;
  findings: readonly Finding[];
  onUpdate: (next: Assessment) => void;
  /** Downloads the assessment (.eia.json) for the reviewer to send back; returns the file's name. */
  onExport?: () => string | null | void;
  now?: () => Date;
};

type Problems = { title?: string; items: ErrorSummaryItem[]; field?: 'name' | 'reasons' };

/**
 * The reviewer's decision: their name, "Return to assessor" with reasons, or "Agree", which first asks
 * for confirmation on its own page (paths.agree), listing what is still open.
 */
export function ReviewPanel({ assessment, findings, onUpdate, onExport, now = () => new Date() }: Props) {
  const id = useId();
  const t = useT();
  const [, navigate] = useLocation();
  const [identity, setIdentity] = useIdentity('reviewer');
  const [name, setName] = useState(identity.role === 'reviewer' ? identity.name : '');
  const [reasons, setReasons] = useState('');
  const [problems, setProblems] = useState<Problems | null>(null);
  // Returned on this page just now: the button pressed is gone, so focus moves to what happened instead.
  const [justReturned, setJustReturned] = useState(false);
  const sendBackRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justReturned) sendBackRef.current?.focus();
  }, [justReturned]);
  const counts = countFindings(findings);
  const last = assessment.statusHistory.at(-1);
  // This browser's reviewer returned or agreed it (this visit or before the agree page): until the file
  // goes back, the assessor knows nothing of it, so say so and offer the export.
  const decidedHere =
    identity.role === 'reviewer' &&
    !!identity.name &&
    last !== undefined &&
    last.status === assessment.status &&
    (last.status === 'returned' || last.status === 'agreed') &&
    last.by === identity.name;
  const sendBack = decidedHere && (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${id}-sent-title`}
      tabIndex={-1}
      ref={sendBackRef}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${id}-sent-title`}>
          {assessment.status === 'agreed' ? t('export.nextStep') : t('export.returnedTitle')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <ExportPrompt to="assessor" {...(onExport ? { onExport } : {})} />
      </div>
    </div>
  );

  if (assessment.status === 'agreed') {
    return (
      <>
        <div className="govuk-panel govuk-panel--confirmation govuk-!-text-align-left">
          <h2 className="govuk-panel__title govuk-!-font-size-36">{t('panel.agreed')}</h2>
          <div className="govuk-panel__body govuk-!-font-size-24">
            {last?.status === 'agreed'
              ? t('panel.agreedBy', {
                  name: last.by || t('panel.theReviewer'),
                  when: formatDateTime(last.at),
                })
              : t('panel.locked')}
          </div>
        </div>
        {sendBack}
      </>
    );
  }
  if (assessment.status !== 'ready-for-review') {
    return (
      <>
        {sendBack}
        <div className="govuk-inset-text">
          {assessment.status === 'draft' ? t('panel.draft') : t('panel.backWithAssessor')}
        </div>
      </>
    );
  }

  const nameId = `${id}-name`;
  const reasonsId = `${id}-reasons`;

  function done(result: WorkflowResult, onRefused: (reason: string, missing?: Finding[]) => Problems) {
    if (!result.ok) {
      setProblems(onRefused(result.reason, result.missing));
      return;
    }
    setIdentity({ name: name.trim(), role: 'reviewer' });
    setProblems(null);
    setReasons('');
    onUpdate(result.assessment);
    setJustReturned(result.assessment.status === 'returned');
  }

  function needName(): boolean {
    if (name.trim()) return false;
    setProblems({ items: [{ message: t('panel.enterName'), targetId: nameId }], field: 'name' });
    return true;
  }

  function onReturn(event: FormEvent) {
    event.preventDefault();
    if (needName()) return;
    if (!reasons.trim()) {
      setProblems({
        items: [{ message: t('panel.enterReasons'), targetId: reasonsId }],
        field: 'reasons',
      });
      return;
    }
    done(returnToAssessor(assessment, { reviewer: name, reasons, now: now() }), (reason) => ({
      items: [{ message: reason, targetId: reasonsId }],
    }));
  }

  function onAgree() {
    if (needName()) return;
    const missing = findings.filter((f) => f.severity === 'missing');
    if (missing.length > 0) {
      setProblems({
        title: t('panel.cannotAgree'),
        items: missing.map((f) => ({
          message: t('panel.notAnswered', { label: f.questionLabel }),
          targetId: f.questionId,
          href: paths.field(assessment.id, f.sectionId, f.questionId),
        })),
      });
      return;
    }
    setIdentity({ name: name.trim(), role: 'reviewer' });
    navigate(paths.agree(assessment.id));
  }

  const fieldError = (field: 'name' | 'reasons') =>
    problems?.field === field ? (
      <p id={`${id}-${field}-error`} className="govuk-error-message">
        <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {problems.items[0]?.message}
      </p>
    ) : null;

  return (
    <div className="app-review-panel">
      {problems && (
        <ErrorSummary items={problems.items} {...(problems.title ? { title: problems.title } : {})} />
      )}
      <h2 className="govuk-heading-m">{t('panel.yourDecision')}</h2>
      <p className="govuk-body">
        {counts.missing > 0 ? t('panel.missingCount', { count: counts.missing }) : t('panel.allAnswered')}{' '}
        {counts.weak > 0 && t('panel.weakCount', { count: counts.weak })}
      </p>
      <div className={`govuk-form-group${problems?.field === 'name' ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={nameId}>
          {t('panel.yourName')}
        </label>
        <div className="govuk-hint" id={`${id}-name-hint`}>
          {t('panel.nameHint')}
        </div>
        {fieldError('name')}
        <input
          id={nameId}
          className={`govuk-input govuk-input--width-20${problems?.field === 'name' ? ' govuk-input--error' : ''}`}
          type="text"
          autoComplete="name"
          spellCheck={false}
          value={name}
          aria-describedby={`${id}-name-hint${problems?.field === 'name' ? ` ${id}-name-error` : ''}`}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <form onSubmit={onReturn} noValidate>
        <div className={`govuk-form-group${problems?.field === 'reasons' ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={reasonsId}>
            {t('panel.reasons')}
          </label>
          <div className="govuk-hint" id={`${id}-reasons-hint`}>
            {t('panel.reasonsHint')}
          </div>
          {fieldError('reasons')}
          <textarea
            id={reasonsId}
            className={`govuk-textarea${problems?.field === 'reasons' ? ' govuk-textarea--error' : ''}`}
            rows={4}
            value={reasons}
            aria-describedby={`${id}-reasons-hint${problems?.field === 'reasons' ? ` ${id}-reasons-error` : ''}`}
            onChange={(e) => setReasons(e.target.value)}
          />
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            {t('panel.return')}
          </button>
          <button type="button" className="govuk-button" data-module="govuk-button" onClick={onAgree}>
            {t('panel.agree')}
          </button>
        </div>
      </form>
    </div>
  );
}
