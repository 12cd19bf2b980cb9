import { useEffect, useId, useRef, useState } from 'react';
import { formatRelativeDateTime } from '@/components/format-date-time.ts';
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
        “{pending.fileName}”: {pending.conflicts.length === 1 ? 'an assessment is' : 'some assessments are'}{' '}
        already here
      </h2>
      {showErrors && (missing.length > 0 || toDecide.length > 0) && (
        <div className="govuk-error-summary" data-module="govuk-error-summary" ref={summaryRef} tabIndex={-1}>
          <div role="alert">
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <ul className="govuk-list govuk-error-summary__list">
                {missing.map((c) => (
                  <li key={c.id}>
                    <a
                      href={`#${id}-${c.id}-${firstChoice(c)}`}
                      onClick={(e) => focusField(e, `${id}-${c.id}-${firstChoice(c)}`)}
                    >
                      {errorText(c)}
                    </a>
                  </li>
                ))}
                {toDecide.map(({ conflict, difference }) => (
                  <li key={`${conflict.id}-${difference.questionId}`}>
                    <a
                      href={`#${id}-${conflict.id}-${difference.questionId}-theirs`}
                      onClick={(e) => focusField(e, `${id}-${conflict.id}-${difference.questionId}-theirs`)}
                    >
                      {`Select whether to keep their answer or yours to “${labelOf(conflict, difference.questionId)}”`}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      )}
      <p className="govuk-body">
        Nothing from this file has been imported yet. Choose what to do with each assessment that is already
        in this browser.
      </p>
      {pending.conflicts.map((conflict) => {
        const error = showErrors && !choices[conflict.id];
        const name = `${id}-${conflict.id}`;
        return (
          <div key={conflict.id} className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={error ? `${name}-error` : `${name}-hint`}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                “{conflict.incoming.title}” is already{' '}
                {conflict.where === 'bin' ? 'in the bin' : 'in your assessments'}
              </legend>
              <div className="govuk-hint" id={`${name}-hint`}>
                The one here was last edited {formatRelativeDateTime(conflict.existing.updatedAt, now)}; the
                one in the file {formatRelativeDateTime(conflict.incoming.updatedAt, now)}.
              </div>
              {error && (
                <p className="govuk-error-message" id={`${name}-error`}>
                  <span className="govuk-visually-hidden">Error:</span> {errorText(conflict)}
                </p>
              )}
              <div className="govuk-radios" data-module="govuk-radios">
                {conflict.canMerge && (
                  <Radio
                    id={`${name}-merge`}
                    name={name}
                    checked={choices[conflict.id] === 'merge'}
                    onChange={() => setChoices({ ...choices, [conflict.id]: 'merge' })}
                    label="Bring in the other person’s changes"
                    hint={
                      conflict.differences.length > 0
                        ? 'Their comments, replies and status changes are added to the one here. Choose below, answer by answer, whether to keep their answer or yours.'
                        : 'Their comments, replies and status changes are added to the one here. The file has no changed answers.'
                    }
                  />
                )}
                <Radio
                  id={`${name}-replace`}
                  name={name}
                  checked={choices[conflict.id] === 'replace'}
                  onChange={() => setChoices({ ...choices, [conflict.id]: 'replace' })}
                  label="Replace it with the one from the file"
                  hint={
                    conflict.where === 'bin'
                      ? 'The one in the bin is removed from the bin.'
                      : 'The one here is kept on its History page, so you can go back to it.'
                  }
                />
                <Radio
                  id={`${name}-keep-both`}
                  name={name}
                  checked={choices[conflict.id] === 'keep-both'}
                  onChange={() => setChoices({ ...choices, [conflict.id]: 'keep-both' })}
                  label="Keep both"
                  hint="The one from the file is added as a separate assessment."
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
          Continue importing
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Do not import this file
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

function errorText(conflict: Conflict): string {
  return conflict.canMerge
    ? `Select whether to bring in the changes to “${conflict.existing.title}”, replace it or keep both`
    : `Select whether to replace “${conflict.existing.title}” or keep both`;
}

function labelOf(conflict: Conflict, questionId: string): string {
  return questionLabel(conflict, questionId);
}

function focusField(event: React.MouseEvent, fieldId: string) {
  event.preventDefault();
  document.getElementById(fieldId)?.focus();
}
