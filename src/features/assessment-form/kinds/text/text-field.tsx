import { MAX_DRAFT_ANSWER_LENGTH } from '@schemas/answers.ts';
import { TextInput } from '@/components/text-input.tsx';
import { LiveCharacterCount } from '@/features/assessment-form/live-character-count.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';

/** A one-line text question (GOV.UK text input), with a character count when it has a maximum. */
export function TextField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  return (
    <TextInput
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
      inputProps={{ ...form.register(question.id), maxLength: MAX_DRAFT_ANSWER_LENGTH }}
    />
  );
}
