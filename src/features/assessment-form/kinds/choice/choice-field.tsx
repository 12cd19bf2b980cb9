import { RadioGroup } from '@/components/radio-group.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';

/** One option of those the template lists (GOV.UK radios). A stored value it does not list is kept. */
export function ChoiceField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  if (question.kind !== 'choice') return null;
  return (
    <RadioGroup
      control={form.control}
      name={question.id}
      id={question.id}
      legend={question.label}
      hint={hint}
      details={details}
      error={problem?.message}
      options={question.options}
      readOnly={readOnly}
    />
  );
}
