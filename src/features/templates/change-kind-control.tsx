import { useState, type ReactNode } from 'react';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { kindChangeLosesSettings, kindChangeOutcome } from '@/domain/designer/change-kind.ts';
import { QUESTION_KINDS, type QuestionKind } from '@schemas/kinds/index.ts';
import type { QuestionDefinition } from '@schemas/template-definition.ts';
import { kindDescription, kindName } from './kind-names.ts';

/**
 * "Change the kind of …": the kinds as radios, each with its plain description (as "Add a question" offers
 * them), a warning of what happens to answers already given under the old kind when an assessment moves to
 * this version (the migration engine's rule, src/domain/designer/change-kind.ts), and a button that makes
 * the change as one edit, so Undo changes it back. Choosing a radio changes nothing by itself (arrow keys
 * move through radios): only the button does.
 */
export function ChangeKindControl({
  question,
  idPrefix,
  name,
  onChange,
}: {
  question: QuestionDefinition;
  idPrefix: string;
  /** The question's name for the control's labels (its wording, tagged as English). */
  name: ReactNode;
  onChange: (kind: QuestionKind) => void;
}) {
  const t = useT();
  const id = `${idPrefix}-kind`;
  const [chosen, setChosen] = useState<string>(question.kind);
  const [error, setError] = useState('');
  // Its radios are made only while it is open: a long form's questions stay light to render.
  const [open, setOpen] = useState(false);
  /** The kind this control last changed the question to: confirmed while the question still has it. */
  const [done, setDone] = useState<string | null>(null);
  // When the kind changes (this control, or Undo / Redo), the choice starts again from the kind it has.
  const [seen, setSeen] = useState<string>(question.kind);
  if (seen !== question.kind) {
    setSeen(question.kind);
    setChosen(question.kind);
    setError('');
  }
  const from = kindName(question.kind);
  const to = kindName(chosen);
  const changing = chosen !== question.kind;
  const outcome = changing ? kindChangeOutcome(question.kind, chosen as QuestionKind) : null;
  const losesSettings = changing && kindChangeLosesSettings(question, chosen as QuestionKind);

  const apply = () => {
    if (!changing) {
      setError(t('designer.changeKind.same', { kind: from }));
      document.getElementById(`${id}-${question.kind}`)?.focus();
      return;
    }
    setError('');
    onChange(chosen as QuestionKind);
    setDone(chosen);
    // The button stays where it is; the confirmation under it is announced (role="status").
  };

  return (
    <details
      className="govuk-details app-designer-kind"
      id={id}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="govuk-details__summary" id={`${id}-summary`}>
        <span className="govuk-details__summary-text">
          <RichMessage id="designer.changeKind.summary" values={{ name }} />
        </span>
      </summary>
      {open ? (
        <div className="govuk-details__text">
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {t('designer.changeKind.legend')}
              </legend>
              <div className="govuk-hint" id={`${id}-hint`}>
                {t('designer.changeKind.hint')}
              </div>
              {error ? (
                <p className="govuk-error-message" id={`${id}-error`}>
                  <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {error}
                </p>
              ) : null}
              <div className="govuk-radios govuk-radios--small">
                {QUESTION_KINDS.map((k) => (
                  <div className="govuk-radios__item" key={k}>
                    <input
                      className="govuk-radios__input"
                      id={`${id}-${k}`}
                      name={`${id}-choice`}
                      type="radio"
                      value={k}
                      checked={chosen === k}
                      onChange={() => setChosen(k)}
                      aria-describedby={`${id}-${k}-hint`}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${k}`}>
                      {k === question.kind
                        ? t('designer.changeKind.current', { kind: kindName(k) })
                        : kindName(k)}
                    </label>
                    <div className="govuk-hint govuk-radios__hint" id={`${id}-${k}-hint`}>
                      {kindDescription(k)}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          {outcome ? (
            <div className="govuk-warning-text" id={`${id}-warning`}>
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">{t('common.warning')}</span>
                {t(`designer.changeKind.answers.${outcome}`, { from, to })}
                {losesSettings ? ` ${t('designer.changeKind.settingsLost', { from })}` : ''}
              </strong>
            </div>
          ) : null}
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
            id={`${id}-button`}
            onClick={apply}
          >
            {changing ? (
              <RichMessage
                id="designer.changeKind.button"
                values={{ name: <span className="govuk-visually-hidden">{name}</span>, kind: to }}
              />
            ) : (
              // No other kind chosen yet: the button says what it is for (pressed, it says to choose one).
              <RichMessage id="designer.changeKind.summary" values={{ name }} />
            )}
          </button>
          <p className="govuk-body-s" role="status" id={`${id}-done`}>
            {done === question.kind && !changing ? (
              <RichMessage id="designer.changeKind.done" values={{ name, kind: from }} />
            ) : null}
          </p>
        </div>
      ) : null}
    </details>
  );
}
