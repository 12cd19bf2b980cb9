import { MAX_DRAFT_ANSWER_LENGTH } from '@schemas/answers.ts';
import { TextareaField } from '@/components/textarea-field.tsx';
import { LiveCharacterCount } from '@/features/assessment-form/live-character-count.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';

/** A free-text question (GOV.UK textarea), with a character count when it has a maximum. */
export function TextareaQuestionField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  return (
    <TextareaField
      id={question.id}
      label={question.label}
      labelClassName="govuk-label--m"
      hint={hint}
      details={details}
      error={problem?.message}
      readOnly={readOnly}
      count={
        question.maxLength !== undefined && !readOnly
          ? {
              maxLength: question.maxLength,
              live: (
                <LiveCharacterCount
                  control={form.control}
                  name={question.id}
                  maxLength={question.maxLength}
                />
              ),
            }
          : undefined
      }
      textareaProps={{ ...form.register(question.id), maxLength: MAX_DRAFT_ANSWER_LENGTH }}
    />
  );
}
