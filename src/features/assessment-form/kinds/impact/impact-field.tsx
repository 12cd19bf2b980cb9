import { MAX_DRAFT_ANSWER_LENGTH } from '@schemas/plain/answers.ts';
import { IMPACT_RATINGS } from '@schemas/kinds/impact/helpers.ts';
import { useController } from 'react-hook-form';
import { useT } from '@/components/i18n/use-locale.ts';
import { TextareaField } from '@/components/textarea-field.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';
import { OptionFieldset } from '@/components/option-fieldset.tsx';
import { RATING_MESSAGE } from './rating-messages.ts';

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
  const t = useT();
  if (question.kind !== 'impact') return null;
  // The template's own wording, else the usual questions in the interface language.
  const labels = {
    why: question.whyLabel ?? t('impact.why'),
    mitigation: question.mitigationLabel ?? t('impact.mitigation'),
  };
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
        hint={hint ?? t('impact.hint')}
        details={details}
        error={part === 'ratings' || part === undefined ? problem?.message : undefined}
        options={IMPACT_RATINGS.map((value) => ({
          value,
          label: t(RATING_MESSAGE[value]),
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
