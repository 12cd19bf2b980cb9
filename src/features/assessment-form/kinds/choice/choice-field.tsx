import { useController } from 'react-hook-form';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';
import { OptionFieldset } from '@/features/assessment-form/kinds/option-fieldset.tsx';

/** One option of those the template lists (GOV.UK radios). A stored value it does not list is kept. */
export function ChoiceField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  const { field } = useController({ control: form.control, name: question.id });
  if (question.kind !== 'choice') return null;
  return (
    <OptionFieldset
      id={question.id}
      type="radio"
      name={field.name}
      legend={question.label}
      hint={hint}
      details={details}
      error={problem?.message}
      options={question.options}
      checked={(value) => field.value === value}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      readOnly={readOnly}
    />
  );
}
