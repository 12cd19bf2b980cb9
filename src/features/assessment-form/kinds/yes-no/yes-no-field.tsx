import { MAX_DRAFT_ANSWER_LENGTH } from '@schemas/plain/answers.ts';
import { RadioGroup } from '@/components/radio-group.tsx';
import { TextareaField } from '@/components/textarea-field.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';
import { useT } from '@/components/i18n/use-locale.ts';

export function followUpId(questionId: string): string {
  return `${questionId}-follow-up`;
}

/** Yes / No radios; the follow-up question ("If yes, explain") revealed under the answer that asks it. */
export function YesNoField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
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
    <RadioGroup
      control={form.control}
      name={`${question.id}.choice`}
      id={question.id}
      legend={question.label}
      hint={hint}
      details={details}
      error={problem && !followUpProblem ? problem.message : undefined}
      options={(['yes', 'no'] as const).map((value) => ({
        value,
        label: t(value === 'yes' ? 'common.yes' : 'common.no'),
        ...(value === when && conditional ? { conditional } : {}),
      }))}
      readOnly={readOnly}
      inline
    />
  );
}
