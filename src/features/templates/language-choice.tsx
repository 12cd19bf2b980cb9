import { useT } from '@/components/i18n/use-locale.ts';
import type { Language } from '@schemas/local-text.ts';

const LANGUAGE_CHOICES: Array<{ value: Language[]; label: string }> = [
  { value: ['en'], label: 'designer.languages.enOnly' },
  { value: ['en', 'cy'], label: 'designer.languages.both' },
  { value: ['cy'], label: 'designer.languages.cyOnly' },
];

/**
 * The languages a template is published in (its definition's `languages`): English only, bilingual or
 * Welsh only. Welsh texts already in the template are kept whichever is chosen.
 */
export function LanguageChoice({
  languages,
  onChoose,
  error,
}: {
  languages: readonly Language[];
  onChoose: (languages: Language[]) => void;
  error?: string;
}) {
  const t = useT();
  const chosen = languages.join(',');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={`template-languages-hint${error ? ' template-languages-error' : ''}`}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          {t('designer.languages.legend')}
        </legend>
        <div className="govuk-hint" id="template-languages-hint">
          {t('designer.languages.hint')}
        </div>
        {error ? (
          <p className="govuk-error-message" id="template-languages-error">
            <span className="govuk-visually-hidden">{t('designer.error')}</span> {error}
          </p>
        ) : null}
        <div className="govuk-radios govuk-radios--small">
          {LANGUAGE_CHOICES.map((choice) => {
            const id = `template-languages-${choice.value.join('-')}`;
            return (
              <div className="govuk-radios__item" key={id}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name="template-languages"
                  type="radio"
                  checked={chosen === choice.value.join(',')}
                  onChange={() => onChoose(choice.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {t(choice.label)}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
