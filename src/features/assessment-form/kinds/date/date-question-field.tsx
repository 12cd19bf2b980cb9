import { DATE_PARTS, DateInput, type DatePart } from '@/components/date-input.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';

/** Matches the schema's cap on one date part. */
const MAX_DATE_PART_LENGTH = 20;

/** A date question: GOV.UK date input, day, month and year kept as typed. */
export function DateQuestionField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  const part = (name: DatePart) => ({
    ...form.register(`${question.id}.${name}`),
    maxLength: MAX_DATE_PART_LENGTH,
  });
  return (
    <DateInput
      id={question.id}
      legend={question.label}
      hint={hint}
      details={details}
      error={problem && { message: problem.message, parts: problem.dateParts ?? DATE_PARTS }}
      inputs={{ day: part('day'), month: part('month'), year: part('year') }}
      readOnly={readOnly}
    />
  );
}
