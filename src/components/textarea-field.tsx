import { type Ref, type TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names.ts';
import { FormField, fieldDescribedBy, type FormFieldProps } from './form-field.tsx';

export type TextareaFieldProps = Omit<FormFieldProps, 'children'> & {
  /** Attributes for the <textarea>, e.g. react-hook-form's `register(name)` (name, ref, onChange, onBlur). */
  textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> };
  rows?: number;
  /** Value visible, selectable and copyable, but not editable. */
  readOnly?: boolean;
};

/**
 * GOV.UK textarea that grows with its text (CSS `field-sizing: content`, with a script fallback for
 * browsers without it) and, when `count` is given, a GOV.UK character count.
 */
export function TextareaField({ textareaProps, rows = 5, readOnly = false, ...field }: TextareaFieldProps) {
  const { id, hint, error, count } = field;
  const { ref: outerRef, ...rest } = textareaProps;
  const ref = (element: HTMLTextAreaElement | null) => {
    setRef(outerRef, element);
    if (!element) return;
    const stop = growWithContent(element);
    return () => {
      stop();
      setRef(outerRef, null);
    };
  };
  return (
    <FormField {...field}>
      <textarea
        rows={rows}
        {...rest}
        ref={ref}
        id={id}
        className={classNames(
          'govuk-textarea app-textarea--autosize',
          Boolean(error) && 'govuk-textarea--error',
        )}
        aria-describedby={fieldDescribedBy(id, { hint, error, count })}
        readOnly={readOnly}
      />
    </FormField>
  );
}

function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

export function supportsFieldSizing(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    typeof CSS.supports === 'function' &&
    CSS.supports('field-sizing', 'content')
  );
}

/** Script fallback for `field-sizing: content`: sets the height from the text's scroll height. */
function growWithContent(textarea: HTMLTextAreaElement): () => void {
  if (supportsFieldSizing()) return () => {};
  const fit = () => {
    textarea.style.height = 'auto';
    const borders = textarea.offsetHeight - textarea.clientHeight;
    textarea.style.height = `${textarea.scrollHeight + borders}px`;
  };
  fit();
  textarea.addEventListener('input', fit);
  return () => textarea.removeEventListener('input', fit);
}
