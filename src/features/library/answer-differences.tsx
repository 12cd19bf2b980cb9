import type { AnswerDifference } from '@/domain/merge.ts';
import type { ImportConflict } from '@/storage/import-store.ts';
import { lazy, Suspense } from 'react';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';
import { TemplateText } from '@/components/template-text.tsx';
import { questionLabel, sectionOf, type Decisions } from './answer-decisions.ts';

// The word-by-word comparison (and its diff library) is only needed when a file brings changed answers,
// so it stays out of the home page's first load.
const AnswerComparison = lazy(() =>
  import('./answer-comparison.tsx').then((m) => ({ default: m.AnswerComparison })),
);

/** Message ids of the hint saying where the answer changed. */
const CHANGED_HINT: Record<AnswerDifference['changed'], string> = {
  theirs: 'import.differences.changedTheirs',
  both: 'import.differences.changedBoth',
  unknown: 'import.differences.changedUnknown',
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
  const t = useT();
  const locale = useLocale();
  const count = conflict.differences.length;
  return (
    <div className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-m">{t('import.differences.heading', { count })}</h3>
      <p className="govuk-body">
        <RichMessage
          id="import.differences.intro"
          values={{
            underlined: <ins>{t('import.differences.underlined')}</ins>,
            struck: <del>{t('import.differences.struck')}</del>,
          }}
        />
      </p>
      {conflict.differences.map((d) => {
        const name = `${idPrefix}-${d.questionId}`;
        const label = questionLabel(conflict, d.questionId, locale);
        const wording = <TemplateText language={label.language}>{label.text}</TemplateText>;
        const section = sectionOf(conflict, d.questionId, locale);
        const error = showErrors && !d.forced && !decisions[d.questionId];
        return (
          <div key={d.questionId} className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              aria-describedby={`${name}-hint${error ? ` ${name}-error` : ''}`}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {wording}
                <span className="govuk-visually-hidden">{t('import.differences.keepWhich')}</span>
              </legend>
              <div className="govuk-hint" id={`${name}-hint`}>
                {section && (
                  <>
                    <RichMessage
                      id="import.differences.section"
                      values={{
                        number: section.number,
                        title: (
                          <TemplateText language={section.title.language}>{section.title.text}</TemplateText>
                        ),
                      }}
                    />{' '}
                  </>
                )}
                {t(forcedHint(d) ?? CHANGED_HINT[d.changed])}
              </div>
              <Suspense fallback={<p className="govuk-body">{t('import.differences.comparing')}</p>}>
                <AnswerComparison theirs={d.theirs} yours={d.yours} />
              </Suspense>
              {error && (
                <p className="govuk-error-message" id={`${name}-error`}>
                  <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span>{' '}
                  <RichMessage id="import.differences.keepError" values={{ label: wording }} />
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
                        {t(
                          keep === 'theirs'
                            ? 'import.differences.keepTheirs'
                            : 'import.differences.keepYours',
                        )}
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
  if (d.forced === 'theirs') return 'import.differences.forcedTheirs';
  if (d.forced === 'yours') return 'import.differences.forcedYours';
  return null;
}
