import { type InputHTMLAttributes, type Ref } from 'react';
import { classNames } from './class-names.ts';
import { FormField, fieldDescribedBy, type FormFieldProps } from './form-field.tsx';

export type TextInputProps = Omit<FormFieldProps, 'children'> & {
  /** Attributes for the <input>, e.g. react-hook-form's `register(name)` (name, ref, onChange, onBlur). */
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
  /** GOV.UK width class, e.g. 'govuk-input--width-20' or 'govuk-!-width-two-thirds'. */
  widthClassName?: string;
  /** Value visible, selectable and copyable, but not editable. */
  readOnly?: boolean;
};

/** GOV.UK text input (uncontrolled: the value lives in the DOM and the form library reads it). */
export function TextInput({ inputProps, widthClassName, readOnly = false, ...field }: TextInputProps) {
  const { id, hint, error, count } = field;
  return (
    <FormField {...field}>
      <input
        type="text"
        {...inputProps}
        id={id}
        className={classNames('govuk-input', Boolean(error) && 'govuk-input--error', widthClassName)}
        aria-describedby={fieldDescribedBy(id, { hint, error, count })}
        readOnly={readOnly}
      />
    </FormField>
  );
}
