import { type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { classNames, describedBy } from './class-names.ts';
import { HintAndError } from './hint-and-error.tsx';
import { useInterfaceLang, useT } from '@/components/i18n/use-locale.ts';

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

type PartInputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

export type DateInputProps = {
  /** Ids of the inputs are `${id}-day`, `${id}-month` and `${id}-year`. */
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  details?: ReactNode;
  /** The message, and which parts are wrong: only those get the error style. */
  error?: { message: ReactNode; parts: readonly DatePart[] };
  /** Attributes for each <input>, e.g. react-hook-form's `register('date.day')`. */
  inputs: Record<DatePart, PartInputProps>;
  readOnly?: boolean;
};

const LABELS: Record<DatePart, string> = { day: 'date.day', month: 'date.month', year: 'date.year' };
const WIDTHS: Record<DatePart, string> = {
  day: 'govuk-input--width-2',
  month: 'govuk-input--width-2',
  year: 'govuk-input--width-4',
};

export function datePartId(id: string, part: DatePart): string {
  return `${id}-${part}`;
}

/** GOV.UK date input: day, month and year as three text inputs in a fieldset. */
export function DateInput({
  id,
  legend,
  legendClassName = 'govuk-fieldset__legend--m',
  hint,
  details,
  error,
  inputs,
  readOnly = false,
}: DateInputProps) {
  const t = useT();
  const lang = useInterfaceLang();
  return (
    <div className={classNames('govuk-form-group', Boolean(error) && 'govuk-form-group--error')}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(hint ? `${id}-hint` : false, error ? `${id}-error` : false)}
      >
        <legend className={classNames('govuk-fieldset__legend', legendClassName)}>{legend}</legend>
        <HintAndError id={id} hint={hint} details={details} error={error?.message} />
        <div className="govuk-date-input" id={id}>
          {DATE_PARTS.map((part) => (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label
                  className="govuk-label govuk-date-input__label"
                  htmlFor={datePartId(id, part)}
                  lang={lang}
                >
                  {t(LABELS[part])}
                </label>
                <input
                  type="text"
                  inputMode="numeric"
                  spellCheck={false}
                  {...inputs[part]}
                  id={datePartId(id, part)}
                  className={classNames(
                    'govuk-input govuk-date-input__input',
                    WIDTHS[part],
                    error?.parts.includes(part) && 'govuk-input--error',
                  )}
                  readOnly={readOnly}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
