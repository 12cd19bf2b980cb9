import { useEffect, useRef, useState, type ReactNode } from 'react';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import { Link } from 'wouter';
import { BackLink } from '@/components/back-link.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { TemplateText } from '@/components/template-text.tsx';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import type { Language } from '@schemas/local-text.ts';
import type { VersionMoveItem, VersionMovePlan } from '@/domain/version-move.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useLocale } from '@/components/i18n/use-locale.ts';
import { kindWords } from './kind-words.ts';
import './template-version.scss';

type Props = {
  assessmentId: string;
  /** The assessment's title, for the caption. */
  title: string;
  /** The form's short title. */
  formTitle: string;
  plan: VersionMovePlan;
  /** The language of the template's wording in the plan (the assessment's language). */
  language?: Language;
  /** Open read-only in this tab (another tab edits it): nothing can be moved from here. */
  readOnly: boolean;
  /** Keeps a copy in History, then moves. Resolves to null when done, or a message saying what went wrong. */
  onConfirm: () => Promise<string | null>;
};

/**
 * "Move this assessment to version X": before anything changes, what the move will do (answers carried,
 * answers moved into a new kind of question, answers kept as "no longer asked", new questions, sections to
 * mark as completed again), then one button. GOV.UK summary list and tables, plain words.
 */
export function MoveVersionPage({
  assessmentId,
  title,
  formTitle,
  plan,
  language = 'en',
  readOnly,
  onConfirm,
}: Props) {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('newerVersion.move', { version: plan.toVersion }) }));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const refusal = plan.refusalProblem
    ? t(`moveRefusal.${plan.refusalProblem.code}`, plan.refusalProblem.values)
    : (plan.refusal ?? (readOnly ? t('move.readOnly') : null));
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setFailure(problem);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.assessment(assessmentId)}>{t('form.backToTaskList')}</BackLink>
        {failure && (
          <div ref={failureRef} tabIndex={-1}>
            <NotificationBanner variant="alert" heading={t('move.notMoved')}>
              <p className="govuk-body">{failure}</p>
            </NotificationBanner>
          </div>
        )}
        <span className="govuk-caption-l">
          <AssessmentTitle title={title} language={language} />
        </span>
        <h1 className="govuk-heading-l app-page-heading" tabIndex={-1} ref={headingRef}>
          {t('move.heading', { version: plan.toVersion })}
        </h1>
        {refusal ? (
          <>
            <div className="govuk-inset-text">{refusal}</div>
            <p className="govuk-body">
              <Link href={paths.assessment(assessmentId)} className="govuk-link">
                {t('move.goBack')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body">
              <RichMessage
                id="move.intro"
                values={{
                  from: plan.fromVersion,
                  to: plan.toVersion,
                  form: <TemplateText language={language}>{formTitle}</TemplateText>,
                }}
              />
            </p>
            <Overview plan={plan} />
            <Details plan={plan} language={language} />
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">{t('common.warning')}</span>
                {t('move.warning')}
              </strong>
            </div>
            <div className="govuk-button-group">
              <button type="button" className="govuk-button" disabled={busy} onClick={() => void confirm()}>
                {t('newerVersion.move', { version: plan.toVersion })}
              </button>
              <Link href={paths.assessment(assessmentId)} className="govuk-link">
                {t('common.cancel')}
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function Overview({ plan }: { plan: VersionMovePlan }) {
  const t = useT();
  const rows = [
    [t('move.carried'), t('move.answers', { count: plan.carried.length })],
    [t('move.converted'), t('move.answers', { count: plan.converted.length })],
    [t('move.noLongerAsked'), t('move.answers', { count: plan.noLongerAsked.length })],
    [t('move.newQuestions'), t('move.questions', { count: plan.newQuestions.length })],
    [t('move.reopened'), t('move.sections', { count: plan.reopenedSections.length })],
  ];
  return (
    <>
      <h2 className="govuk-heading-m">{t('move.whatWillChange')}</h2>
      <dl className="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div key={key} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function Details({ plan, language }: { plan: VersionMovePlan; language: Language }) {
  const t = useT();
  const cell = (i: VersionMoveItem) => <QuestionCell item={i} language={language} />;
  // Answers are kept as typed: on a Welsh page they are marked as English.
  const answerLang = useLocale() === 'en' ? undefined : 'en';
  return (
    <>
      {plan.noLongerAsked.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{t('noLongerAsked.heading')}</h2>
          <p className="govuk-body">{t('move.noLongerAskedIntro')}</p>
          <dl className="govuk-summary-list">
            {plan.noLongerAsked.map((i) => (
              <div key={i.questionId} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  {cell(i)}
                  <span className="govuk-hint govuk-!-margin-bottom-0 app-block">
                    {i.toKind
                      ? t('move.nowAskedAs', { kind: kindWords(i.toKind) })
                      : t('move.noLongerAskedShort')}
                  </span>
                </dt>
                <dd className="govuk-summary-list__value app-pre-wrap" lang={answerLang}>
                  {i.answerText}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {plan.converted.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{t('move.converted')}</h2>
          <ItemTable
            caption={t('move.convertedCaption')}
            items={plan.converted}
            columns={[
              [t('move.question'), cell],
              [t('move.was'), (i) => kindWords(i.fromKind)],
              [t('move.now'), (i) => kindWords(i.toKind)],
            ]}
          />
        </>
      )}
      {plan.newQuestions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{t('move.newQuestionsHeading')}</h2>
          <ItemTable
            caption={t('move.newQuestionsCaption')}
            items={plan.newQuestions}
            columns={[[t('move.question'), cell]]}
          />
        </>
      )}
      {plan.reopenedSections.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{t('move.reopened')}</h2>
          <p className="govuk-body">{t('move.reopenedIntro', { count: plan.reopenedSections.length })}</p>
          <ul className="govuk-list govuk-list--bullet">
            {plan.reopenedSections.map((s) => (
              <li key={s.id}>
                <TemplateText language={language}>{s.title}</TemplateText>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.carried.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {t('move.showCarried', { count: plan.carried.length })}
            </span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list">
              {plan.carried.map((i) => (
                <li key={i.questionId}>{cell(i)}</li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </>
  );
}

function QuestionCell({ item, language }: { item: VersionMoveItem; language: Language }) {
  return (
    <>
      <TemplateText language={language}>{item.label}</TemplateText>
      {item.sectionTitle && (
        <span className="govuk-hint govuk-!-margin-bottom-0 app-block">
          <TemplateText language={language}>{item.sectionTitle}</TemplateText>
        </span>
      )}
    </>
  );
}

function ItemTable({
  caption,
  items,
  columns,
}: {
  caption: string;
  items: VersionMoveItem[];
  columns: Array<[string, (item: VersionMoveItem) => ReactNode]>;
}) {
  return (
    <table className="govuk-table app-move-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map(([heading]) => (
            <th key={heading} scope="col" className="govuk-table__header">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {items.map((item) => (
          <tr key={item.questionId} className="govuk-table__row">
            {columns.map(([heading, cell]) => (
              <td key={heading} className="govuk-table__cell">
                {cell(item)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
