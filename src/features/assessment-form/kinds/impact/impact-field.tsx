import { MAX_DRAFT_ANSWER_LENGTH } from '@schemas/answers.ts';
import { IMPACT_RATING_LABELS, IMPACT_RATINGS, impactLabels } from '@schemas/kinds/impact/impact-kind.ts';
import { useController } from 'react-hook-form';
import { TextareaField } from '@/components/textarea-field.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';
import { OptionFieldset } from '@/features/assessment-form/kinds/option-fieldset.tsx';

export function whyId(questionId: string): string {
  return `${questionId}-why`;
}

export function mitigationId(questionId: string): string {
  return `${questionId}-mitigation`;
}

/**
 * One group's impact: GOV.UK checkboxes (positive, negative, neutral, not known: one or more), the
 * mitigation question revealed under "Negative" (GOV.UK conditional reveal), then "why". Each part
 * has its own label naming the group, so a screen reader user hears which group a box belongs to.
 */
export function ImpactField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  const { field } = useController({ control: form.control, name: `${question.id}.ratings` });
  if (question.kind !== 'impact') return null;
  const labels = impactLabels(question);
  const part = problem?.dateParts?.[0] as string | undefined;
  const ratings: string[] = Array.isArray(field.value) ? (field.value as string[]) : [];
  const mitigation = (
    <TextareaField
      id={mitigationId(question.id)}
      label={
        <>
          {labels.mitigation} <span className="govuk-visually-hidden">({question.label})</span>
        </>
      }
      hint={question.mitigationHint}
      error={part === 'mitigation' ? problem?.message : undefined}
      readOnly={readOnly}
      rows={3}
      textareaProps={{ ...form.register(`${question.id}.mitigation`), maxLength: MAX_DRAFT_ANSWER_LENGTH }}
    />
  );
  return (
    <div className="app-impact">
      <OptionFieldset
        id={question.id}
        type="checkbox"
        name={field.name}
        legend={question.label}
        hint={hint ?? 'Select all that apply: a change can help some people in a group and harm others.'}
        details={details}
        error={part === 'ratings' || part === undefined ? problem?.message : undefined}
        options={IMPACT_RATINGS.map((value) => ({
          value,
          label: IMPACT_RATING_LABELS[value],
          ...(value === 'negative' ? { conditional: mitigation } : {}),
        }))}
        checked={(value) => ratings.includes(value)}
        onChange={(value, checked) => {
          // Values this app does not know (an imported file) are kept as they are.
          field.onChange(checked ? [...ratings, value] : ratings.filter((r) => r !== value));
        }}
        onBlur={field.onBlur}
        inputRef={field.ref}
        readOnly={readOnly}
      />
      <TextareaField
        id={whyId(question.id)}
        label={
          <>
            {labels.why} <span className="govuk-visually-hidden">({question.label})</span>
          </>
        }
        labelClassName="govuk-label--s"
        hint={question.whyHint}
        error={part === 'why' ? problem?.message : undefined}
        readOnly={readOnly}
        textareaProps={{ ...form.register(`${question.id}.why`), maxLength: MAX_DRAFT_ANSWER_LENGTH }}
      />
    </div>
  );
}
