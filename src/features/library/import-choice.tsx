import { useEffect, useId, useRef, useState } from 'react';
import { formatRelativeDateTime } from '@/components/format-date-time.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';
import { TemplateText } from '@/components/template-text.tsx';
import { type FileImportOutcome } from '@/storage/files/import-files.ts';
import { type ImportChoice as Choice, type ImportDecisions } from '@/storage/import-store.ts';
import { initialDecisions, questionLabel, undecided, type Decisions } from './answer-decisions.ts';
import { AnswerDifferences } from './answer-differences.tsx';

type Pending = Extract<FileImportOutcome, { kind: 'needs-choice' }>;

/**
 * Asks, for each assessment in a file whose id is already stored, whether to bring in the other
 * person's changes (offered, and chosen already, when the file is the same assessment come back from
 * review), replace the stored one (kept in its history) or keep both. When bringing in the changes,
 * each answer the file brings changed is shown side by side with the one here, to keep theirs or yours.
 * Nothing from the file is stored until the user continues.
 */
export function ImportChoice({
  pending,
  now,
  onContinue,
  onCancel,
}: {
  pending: Pending;
  now: Date;
  onContinue: (choices: Record<string, Choice>, decisions: ImportDecisions) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(pending.conflicts.filter((c) => c.canMerge).map((c) => [c.id, 'merge' as const])),
  );
  const [decisions, setDecisions] = useState<Record<string, Decisions>>(() =>
    Object.fromEntries(pending.conflicts.map((c) => [c.id, initialDecisions(c.differences)])),
  );
  const [showErrors, setShowErrors] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const missing = pending.conflicts.filter((c) => !choices[c.id]);
  const toDecide = pending.conflicts.flatMap((c) =>
    choices[c.id] === 'merge'
      ? undecided(c.differences, decisions[c.id] ?? {}).map((d) => ({ conflict: c, difference: d }))
      : [],
  );

  useEffect(() => headingRef.current?.focus(), [pending]);
  useEffect(() => {
    if (showErrors) summaryRef.current?.focus();
  }, [showErrors]);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length > 0 || toDecide.length > 0) setShowErrors(true);
        else
          onContinue(
            choices,
            Object.fromEntries(
              pending.conflicts
                .filter((c) => choices[c.id] === 'merge')
                .map((c) => [c.id, decisions[c.id] ?? {}]),
            ),
          );
      }}
    >
      <h2 className="govuk-heading-m" ref={headingRef} tabIndex={-1}>
        {t('import.choice.heading', { file: pending.fileName, count: pending.conflicts.length })}
      </h2>
      {showErrors && (missing.length > 0 || toDecide.length > 0) && (
        <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summaryRef} tabIndex={-1}>
          <div role="alert">
            <h2 className="govuk-error-summary__title">{t('errorSummary.title')}</h2>
            <div className="govuk-error-summary__body">
              <ul className="govuk-list govuk-error-summary__list">
                {missing.map((c) => (
                  <li key={c.id}>
                    <a
                      href={`#${id}-${c.id}-${firstChoice(c)}`}
                      onClick={(e) => focusField(e, `${id}-${c.id}-${firstChoice(c)}`)}
                    >
                      <ErrorText conflict={c} />
                    </a>
                  </li>
                ))}
                {toDecide.map(({ conflict, difference }) => (
                  <li key={`${conflict.id}-${difference.questionId}`}>
                    <a
                      href={`#${id}-${conflict.id}-${difference.questionId}-theirs`}
                      onClick={(e) => focusField(e, `${id}-${conflict.id}-${difference.questionId}-theirs`)}
                    >
                      <KeepError label={questionLabel(conflict, difference.questionId, locale)} />
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
      <p className="govuk-body">{t('import.choice.intro')}</p>
      {pending.conflicts.map((conflict) => {
        const error = showErrors && !choices[conflict.id];
        const name = `${id}-${conflict.id}`;
        return (
          <div key={conflict.id} className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={error ? `${name}-error` : `${name}-hint`}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                <RichMessage
                  id={conflict.where === 'bin' ? 'import.choice.inBin' : 'import.choice.inAssessments'}
                  values={{ title: <TitleOf summary={conflict.incoming} /> }}
                />
              </legend>
              <div className="govuk-hint" id={`${name}-hint`}>
                {t('import.choice.lastEdited', {
                  here: formatRelativeDateTime(conflict.existing.updatedAt, now),
                  file: formatRelativeDateTime(conflict.incoming.updatedAt, now),
                })}
              </div>
              {error && (
                <p className="govuk-error-message" id={`${name}-error`}>
                  <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span>{' '}
                  <ErrorText conflict={conflict} />
                </p>
              )}
              <div className="govuk-radios" data-module="govuk-radios">
                {conflict.canMerge && (
                  <Radio
                    id={`${name}-merge`}
                    name={name}
                    checked={choices[conflict.id] === 'merge'}
                    onChange={() => setChoices({ ...choices, [conflict.id]: 'merge' })}
                    label={t('import.choice.merge')}
                    hint={t(
                      conflict.differences.length > 0
                        ? 'import.choice.mergeHint'
                        : 'import.choice.mergeHintNoChanges',
                    )}
                  />
                )}
                <Radio
                  id={`${name}-replace`}
                  name={name}
                  checked={choices[conflict.id] === 'replace'}
                  onChange={() => setChoices({ ...choices, [conflict.id]: 'replace' })}
                  label={t('import.choice.replace')}
                  hint={t(
                    conflict.where === 'bin' ? 'import.choice.replaceBinHint' : 'import.choice.replaceHint',
                  )}
                />
                <Radio
                  id={`${name}-keep-both`}
                  name={name}
                  checked={choices[conflict.id] === 'keep-both'}
                  onChange={() => setChoices({ ...choices, [conflict.id]: 'keep-both' })}
                  label={t('import.choice.keepBoth')}
                  hint={t('import.choice.keepBothHint')}
                />
              </div>
            </fieldset>
            {choices[conflict.id] === 'merge' && conflict.differences.length > 0 && (
              <AnswerDifferences
                idPrefix={`${id}-${conflict.id}`}
                conflict={conflict}
                decisions={decisions[conflict.id] ?? {}}
                showErrors={showErrors}
                onDecide={(questionId, keep) =>
                  setDecisions({
                    ...decisions,
                    [conflict.id]: { ...decisions[conflict.id], [questionId]: keep },
                  })
                }
              />
            )}
          </div>
        );
      })}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          {t('import.choice.continue')}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          {t('import.choice.cancel')}
        </button>
      </div>
    </form>
  );
}

function Radio(props: {
  id: string;
  name: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  hint: string;
}) {
  return (
    <div className="govuk-radios__item">
      <input
        className="govuk-radios__input"
        id={props.id}
        name={props.name}
        type="radio"
        checked={props.checked}
        onChange={props.onChange}
        aria-describedby={`${props.id}-hint`}
      />
      <label className="govuk-label govuk-radios__label" htmlFor={props.id}>
        {props.label}
      </label>
      <div id={`${props.id}-hint`} className="govuk-hint govuk-radios__hint">
        {props.hint}
      </div>
    </div>
  );
}

type Conflict = Extract<FileImportOutcome, { kind: 'needs-choice' }>['conflicts'][number];

function firstChoice(conflict: Conflict): Choice {
  return conflict.canMerge ? 'merge' : 'replace';
}

function ErrorText({ conflict }: { conflict: Conflict }) {
  return (
    <RichMessage
      id={conflict.canMerge ? 'import.choice.errorMerge' : 'import.choice.errorReplace'}
      values={{ title: <TitleOf summary={conflict.existing} /> }}
    />
  );
}

function TitleOf({ summary }: { summary: Conflict['existing'] }) {
  return <AssessmentTitle title={summary.title} language={summary.language} />;
}

/** "Select whether to keep their answer or yours to “…”", the question's wording tagged with its language. */
function KeepError({ label }: { label: ReturnType<typeof questionLabel> }) {
  return (
    <RichMessage
      id="import.differences.keepError"
      values={{ label: <TemplateText language={label.language}>{label.text}</TemplateText> }}
    />
  );
}

function focusField(event: React.MouseEvent, fieldId: string) {
  event.preventDefault();
  document.getElementById(fieldId)?.focus();
}
