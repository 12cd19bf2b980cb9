import { inTemplateOrder } from '@schemas/kinds/choices/helpers.ts';
import { useController } from 'react-hook-form';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';
import { OptionFieldset } from '@/components/option-fieldset.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * Any number of the options the template lists (GOV.UK checkboxes). Ticked values are kept in the
 * template's order; a stored value it does not list stays in the answer, untouched.
 */
export function ChoicesField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  const { field } = useController({ control: form.control, name: question.id });
  const t = useT();
  if (question.kind !== 'choices') return null;
  const values: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  return (
    <OptionFieldset
      id={question.id}
      type="checkbox"
      name={field.name}
      legend={question.label}
      hint={hint ?? t('form.selectAll')}
      details={details}
      error={problem?.message}
      options={question.options}
      checked={(value) => values.includes(value)}
      onChange={(value, checked) => {
        const next = checked ? [...values, value] : values.filter((v) => v !== value);
        field.onChange(inTemplateOrder(question.options, next));
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      readOnly={readOnly}
    />
  );
}
