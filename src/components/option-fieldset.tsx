import { Fragment, type ReactNode, type Ref } from 'react';
import { classNames, describedBy } from './class-names.ts';
import { HintAndError } from './hint-and-error.tsx';

export type FieldsetOption = {
  value: string;
  label: string;
  /** The label's `lang`, for the interface's own words (Yes, No) among a template's marked as another language. */
  lang?: string;
  hint?: string;
  /** Shown under this option while it is chosen (GOV.UK conditional reveal), e.g. "If yes, explain". */
  conditional?: ReactNode;
};

export type OptionFieldsetProps = {
  /** The first input's id (what an error links to); the others are `${id}-${value}`. */
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  details?: ReactNode;
  error?: ReactNode;
  options: readonly FieldsetOption[];
  checked: (value: string) => boolean;
  onChange: (value: string, checked: boolean) => void;
  onBlur?: () => void;
  /** The first input, so that react-hook-form can focus it. */
  inputRef?: Ref<HTMLInputElement>;
  /** Choices shown, not changeable (disabled: nothing can be ticked by accident or by keyboard). */
  readOnly: boolean;
  /** Smaller radios / checkboxes side by side, for short lists such as Yes and No. */
  inline?: boolean;
};

export function optionInputId(id: string, index: number, value: string): string {
  return index === 0 ? id : `${id}-${value}`;
}

/** GOV.UK radios or checkboxes in a fieldset with a legend, hint, inline error and conditional reveals. */
export function OptionFieldset({
  id,
  type,
  name,
  legend,
  hint,
  details,
  error,
  options,
  checked,
  onChange,
  onBlur,
  inputRef,
  readOnly,
  inline = false,
}: OptionFieldsetProps) {
  const block = type === 'radio' ? 'govuk-radios' : 'govuk-checkboxes';
  return (
    <div className={classNames('govuk-form-group', Boolean(error) && 'govuk-form-group--error')}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(hint ? `${id}-hint` : false, error ? `${id}-error` : false)}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        <HintAndError id={id} hint={hint} details={details} error={error} />
        <div
          className={classNames(block, inline && !options.some((o) => o.conditional) && `${block}--inline`)}
          data-module={block}
        >
          {options.map((option, index) => {
            const inputId = optionInputId(id, index, option.value);
            const isChecked = checked(option.value);
            const conditionalId = `conditional-${inputId}`;
            return (
              <Fragment key={option.value}>
                <div className={`${block}__item`}>
                  <input
                    className={`${block}__input`}
                    id={inputId}
                    name={name}
                    type={type}
                    value={option.value}
                    checked={isChecked}
                    disabled={readOnly}
                    ref={index === 0 ? inputRef : undefined}
                    onChange={(event) => onChange(option.value, event.target.checked)}
                    onBlur={onBlur}
                    aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
                    {...(option.conditional
                      ? {
                          'aria-controls': conditionalId,
                          // ARIA allows aria-expanded on a checkbox, not on a radio (axe: aria-allowed-attr).
                          ...(type === 'checkbox' ? { 'aria-expanded': isChecked } : {}),
                        }
                      : {})}
                  />
                  <label className={`govuk-label ${block}__label`} htmlFor={inputId} lang={option.lang}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={`${inputId}-item-hint`} className={`govuk-hint ${block}__hint`}>
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.conditional && (
                  <div
                    className={classNames(
                      `${block}__conditional`,
                      !isChecked && `${block}__conditional--hidden`,
                    )}
                    id={conditionalId}
                    hidden={!isChecked}
                  >
                    {option.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
