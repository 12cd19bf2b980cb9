import { useT } from '@/components/i18n/use-locale.ts';
import type { LocalText } from '@schemas/local-text.ts';
import { LocalTextField } from '@/features/templates/local-text-field.tsx';
import type { KindEditorProps } from './index.ts';

type FollowUp = { label: LocalText; hint?: LocalText; required: boolean };

/** The follow-up question of a yes / no question ("If yes, explain"), and which answer shows it. */
export function FollowUpEditor({ question, idPrefix, edit, endTyping, welsh }: KindEditorProps) {
  const q = question as { followUp?: FollowUp; followUpWhen?: 'yes' | 'no'; id: string };
  const followUp = q.followUp;
  const t = useT();
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={`${idPrefix}-has-follow-up`}
            type="checkbox"
            checked={followUp !== undefined}
            onChange={(e) =>
              edit(
                e.target.checked
                  ? // The template's own (English) wording, to change: not an interface text.
                    { followUp: { label: { en: 'Give details' }, required: false }, followUpWhen: 'yes' }
                  : { followUp: undefined, followUpWhen: undefined },
              )
            }
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={`${idPrefix}-has-follow-up`}>
            {t('designer.followUp.ask')}
          </label>
        </div>
      </div>
      {followUp ? (
        <div className="govuk-inset-text">
          <LocalTextField
            id={`${idPrefix}-follow-up-label`}
            label={t('designer.followUp.label')}
            name={t('designer.followUp.name')}
            labelClassName="govuk-label--s"
            text={followUp.label}
            welsh={welsh}
            onChange={({ next, part }) =>
              edit(
                { followUp: { ...followUp, label: next! } },
                part === 'reviewed' ? undefined : `follow-up-${part}:${q.id}`,
              )
            }
            onBlur={endTyping}
          />
          <fieldset className="govuk-fieldset govuk-!-margin-bottom-4">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {t('designer.followUp.when')}
            </legend>
            <div className="govuk-radios govuk-radios--small govuk-radios--inline">
              {(['yes', 'no'] as const).map((when) => (
                <div className="govuk-radios__item" key={when}>
                  <input
                    className="govuk-radios__input"
                    id={`${idPrefix}-follow-up-when-${when}`}
                    name={`${idPrefix}-follow-up-when`}
                    type="radio"
                    checked={(q.followUpWhen ?? 'yes') === when}
                    onChange={() => edit({ followUpWhen: when })}
                  />
                  <label
                    className="govuk-label govuk-radios__label"
                    htmlFor={`${idPrefix}-follow-up-when-${when}`}
                  >
                    {when === 'yes' ? t('designer.followUp.yes') : t('designer.followUp.no')}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={`${idPrefix}-follow-up-required`}
                type="checkbox"
                checked={followUp.required}
                onChange={(e) => edit({ followUp: { ...followUp, required: e.target.checked } })}
              />
              <label
                className="govuk-label govuk-checkboxes__label"
                htmlFor={`${idPrefix}-follow-up-required`}
              >
                {t('designer.followUp.required')}
              </label>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
