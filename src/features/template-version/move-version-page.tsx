import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { BackLink } from '@/components/back-link.tsx';
import { useLocale } from '@/components/i18n/use-locale.ts';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import type { VersionMoveItem, VersionMovePlan } from '@/domain/version-move.ts';
import { kindWords } from './kind-words.ts';
import './template-version.scss';

type Props = {
  assessmentId: string;
  /** The assessment's title, for the caption. */
  title: string;
  /** The form's short title. */
  formTitle: string;
  plan: VersionMovePlan;
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
export function MoveVersionPage({ assessmentId, title, formTitle, plan, readOnly, onConfirm }: Props) {
  useDocumentTitle(`Move to version ${plan.toVersion} – EIA Builder`);
  // Not in the Welsh catalogue yet: on a Welsh page the whole page is marked as English (WCAG 3.1.2).
  const english = useLocale() === 'en' ? undefined : 'en';
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const refusal =
    plan.refusal ??
    (readOnly
      ? 'This assessment is open in another tab, so it can only be read here. Move it from the tab where it is being edited.'
      : null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    const problem = await onConfirm();
    setBusy(false);
    if (problem) setFailure(problem);
  };

  return (
    <div className="govuk-grid-row" lang={english}>
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.assessment(assessmentId)}>Back to task list</BackLink>
        {failure && (
          <div ref={failureRef} tabIndex={-1}>
            <NotificationBanner variant="alert" heading="The assessment was not moved">
              <p className="govuk-body">{failure}</p>
            </NotificationBanner>
          </div>
        )}
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l app-page-heading" tabIndex={-1} ref={headingRef}>
          Move this assessment to version {plan.toVersion}
        </h1>
        {refusal ? (
          <>
            <div className="govuk-inset-text">{refusal}</div>
            <p className="govuk-body">
              <Link href={paths.assessment(assessmentId)} className="govuk-link">
                Go back to the task list
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body">
              This assessment was written on version {plan.fromVersion} of the {formTitle} form. Version{' '}
              {plan.toVersion} is newer. This is what moving it will do. Nothing changes until you choose
              “Move to version {plan.toVersion}”.
            </p>
            <Overview plan={plan} />
            <Details plan={plan} />
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>A copy of the assessment as it is now is
                kept in History first. To undo the move, restore that copy from History.
              </strong>
            </div>
            <div className="govuk-button-group">
              <button type="button" className="govuk-button" disabled={busy} onClick={() => void confirm()}>
                Move to version {plan.toVersion}
              </button>
              <Link href={paths.assessment(assessmentId)} className="govuk-link">
                Cancel
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function count(n: number, one: string, many: string): string {
  return n === 0 ? 'None' : n === 1 ? `1 ${one}` : `${n} ${many}`;
}

function Overview({ plan }: { plan: VersionMovePlan }) {
  const rows = [
    ['Answers that move across as they are', count(plan.carried.length, 'answer', 'answers')],
    ['Answers that move into a question of a new kind', count(plan.converted.length, 'answer', 'answers')],
    [
      'Answers kept as “answers to questions no longer asked”',
      count(plan.noLongerAsked.length, 'answer', 'answers'),
    ],
    ['New questions to answer', count(plan.newQuestions.length, 'question', 'questions')],
    ['Sections to mark as completed again', count(plan.reopenedSections.length, 'section', 'sections')],
  ];
  return (
    <>
      <h2 className="govuk-heading-m">What will change</h2>
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

function Details({ plan }: { plan: VersionMovePlan }) {
  return (
    <>
      {plan.noLongerAsked.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Answers to questions no longer asked</h2>
          <p className="govuk-body">
            These questions were removed, or are now asked in a way that cannot hold the answer as it is. The
            answers are not lost: they are kept with the assessment and shown on Check your answers, in
            History, in the exported file and in the data attached to the PDF.
          </p>
          <dl className="govuk-summary-list">
            {plan.noLongerAsked.map((i) => (
              <div key={i.questionId} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <QuestionCell item={i} />
                  <span className="govuk-hint govuk-!-margin-bottom-0 app-block">
                    {i.toKind ? `Now asked as ${kindWords(i.toKind)}` : 'No longer asked'}
                  </span>
                </dt>
                <dd className="govuk-summary-list__value app-pre-wrap">{i.answerText}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {plan.converted.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Answers that move into a question of a new kind</h2>
          <ItemTable
            caption="Questions asked in a new way"
            items={plan.converted}
            columns={[
              ['Question', (i) => <QuestionCell item={i} />],
              ['Was', (i) => kindWords(i.fromKind)],
              ['Now', (i) => kindWords(i.toKind)],
            ]}
          />
        </>
      )}
      {plan.newQuestions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">New questions</h2>
          <ItemTable
            caption="New questions, to answer after the move"
            items={plan.newQuestions}
            columns={[['Question', (i) => <QuestionCell item={i} />]]}
          />
        </>
      )}
      {plan.reopenedSections.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Sections to mark as completed again</h2>
          <p className="govuk-body">
            Their questions changed, so they will no longer be marked as completed:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {plan.reopenedSections.map((s) => (
              <li key={s.id}>{s.title}</li>
            ))}
          </ul>
        </>
      )}
      {plan.carried.length > 0 && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Show the {plan.carried.length === 1 ? 'answer' : `${plan.carried.length} answers`} that move
              across as they are
            </span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list">
              {plan.carried.map((i) => (
                <li key={i.questionId}>
                  <QuestionCell item={i} />
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </>
  );
}

function QuestionCell({ item }: { item: VersionMoveItem }) {
  return (
    <>
      {item.label}
      {item.sectionTitle && (
        <span className="govuk-hint govuk-!-margin-bottom-0 app-block">{item.sectionTitle}</span>
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
