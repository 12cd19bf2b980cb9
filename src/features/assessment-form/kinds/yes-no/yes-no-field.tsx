import { MAX_DRAFT_ANSWER_LENGTH } from '@schemas/answers.ts';
import { useController } from 'react-hook-form';
import { TextareaField } from '@/components/textarea-field.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';
import { OptionFieldset } from '@/features/assessment-form/kinds/option-fieldset.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

export function followUpId(questionId: string): string {
  return `${questionId}-follow-up`;
}

/** Yes / No radios; the follow-up question ("If yes, explain") revealed under the answer that asks it. */
export function YesNoField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  const { field } = useController({ control: form.control, name: `${question.id}.choice` });
  const t = useT();
  if (question.kind !== 'yes-no') return null;
  const { followUp } = question;
  const when = question.followUpWhen ?? 'yes';
  const followUpProblem = problem?.dateParts?.includes('followUp' as never) ? problem : undefined;
  const conditional = followUp && (
    <TextareaField
      id={followUpId(question.id)}
      label={followUp.label}
      hint={followUp.hint}
      error={followUpProblem?.message}
      readOnly={readOnly}
      textareaProps={{ ...form.register(`${question.id}.followUp`), maxLength: MAX_DRAFT_ANSWER_LENGTH }}
    />
  );
  return (
    <OptionFieldset
      id={question.id}
      type="radio"
      name={field.name}
      legend={question.label}
      hint={hint}
      details={details}
      error={problem && !followUpProblem ? problem.message : undefined}
      options={(['yes', 'no'] as const).map((value) => ({
        value,
        label: t(value === 'yes' ? 'common.yes' : 'common.no'),
        ...(value === when && conditional ? { conditional } : {}),
      }))}
      checked={(value) => field.value === value}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      readOnly={readOnly}
      inline
    />
  );
}
