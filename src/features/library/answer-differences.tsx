import type { AnswerDifference } from '@/domain/merge.ts';
import type { ImportConflict } from '@/storage/import-store.ts';
import { lazy, Suspense } from 'react';
import { questionLabel, sectionOf, type Decisions } from './answer-decisions.ts';

// The word-by-word comparison (and its diff library) is only needed when a file brings changed answers,
// so it stays out of the home page's first load.
const AnswerComparison = lazy(() =>
  import('./answer-comparison.tsx').then((m) => ({ default: m.AnswerComparison })),
);

const CHANGED_HINT: Record<AnswerDifference['changed'], string> = {
  theirs: 'Changed in the file since you last exchanged it; unchanged here.',
  both: 'Changed both in the file and here since you last exchanged it.',
  unknown: 'Different in the file and here. It cannot be told which is newer.',
};

/**
 * The answers a returning file brings changed, each side by side with the one here, to keep one or the
 * other before anything is stored. Answers of a copy that was agreed are shown, not asked: agreed
 * answers are never mixed with others.
 */
export function AnswerDifferences({
  idPrefix,
  conflict,
  decisions,
  showErrors,
  onDecide,
}: {
  idPrefix: string;
  conflict: ImportConflict;
  decisions: Decisions;
  showErrors: boolean;
  onDecide: (questionId: string, keep: 'theirs' | 'yours') => void;
}) {
  const count = conflict.differences.length;
  return (
    <div className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-m">
        {count === 1 ? '1 answer is different in the file' : `${count} answers are different in the file`}
      </h3>
      <p className="govuk-body">
        Their answer is on the left, yours on the right. Words only in theirs are <ins>underlined</ins>; words
        only in yours are <del>struck through</del>. An answer you do not keep is kept on the assessment’s
        History page.
      </p>
      {conflict.differences.map((d) => {
        const name = `${idPrefix}-${d.questionId}`;
        const label = questionLabel(conflict, d.questionId);
        const error = showErrors && !d.forced && !decisions[d.questionId];
        return (
          <div key={d.questionId} className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              aria-describedby={`${name}-hint${error ? ` ${name}-error` : ''}`}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {label}
                <span className="govuk-visually-hidden">: keep their answer or yours</span>
              </legend>
              <div className="govuk-hint" id={`${name}-hint`}>
                {sectionOf(conflict, d.questionId)}. {forcedHint(d) ?? CHANGED_HINT[d.changed]}
              </div>
              <Suspense fallback={<p className="govuk-body">Comparing the two answers…</p>}>
                <AnswerComparison theirs={d.theirs} yours={d.yours} />
              </Suspense>
              {error && (
                <p className="govuk-error-message" id={`${name}-error`}>
                  <span className="govuk-visually-hidden">Error:</span> Select whether to keep their answer or
                  yours to “{label}”
                </p>
              )}
              {!d.forced && (
                <div className="govuk-radios govuk-radios--inline" data-module="govuk-radios">
                  {(['theirs', 'yours'] as const).map((keep) => (
                    <div className="govuk-radios__item" key={keep}>
                      <input
                        className="govuk-radios__input"
                        id={`${name}-${keep}`}
                        name={name}
                        type="radio"
                        checked={decisions[d.questionId] === keep}
                        onChange={() => onDecide(d.questionId, keep)}
                      />
                      <label className="govuk-label govuk-radios__label" htmlFor={`${name}-${keep}`}>
                        {keep === 'theirs' ? 'Keep theirs' : 'Keep yours'}
                      </label>
                    </div>
                  ))}
                </div>
              )}
            </fieldset>
          </div>
        );
      })}
    </div>
  );
}

function forcedHint(d: AnswerDifference): string | null {
  if (d.forced === 'theirs')
    return 'The file’s copy was agreed, so its answer is kept; yours stays in History.';
  if (d.forced === 'yours')
    return 'This assessment was agreed here, so your answer is kept; theirs stays in History.';
  return null;
}
