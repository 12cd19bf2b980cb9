/** One GOV.UK radios question (a fieldset with its legend and hint) on the Publication details page. */
export function PublicationRadios<V extends string>({
  name,
  legend,
  hint,
  options,
  value,
  disabled = false,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: string;
  /** `lang` marks an option's label written in another language than the page's ("Cymraeg"). */
  options: ReadonlyArray<{ value: V; label: string; hint?: string; lang?: string }>;
  value: V;
  disabled?: boolean;
  onChange: (value: V) => void;
}) {
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={hint ? `${name}-hint` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
          {options.map((option, i) => {
            const id = i === 0 ? name : `${name}-${option.value}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  disabled={disabled}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id} lang={option.lang}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
