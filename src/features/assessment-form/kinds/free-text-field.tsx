import { MAX_DRAFT_ANSWER_LENGTH } from '@schemas/plain/answers.ts';
import { TextInput } from '@/components/text-input.tsx';
import { TextareaField } from '@/components/textarea-field.tsx';
import { LiveCharacterCount } from '@/features/assessment-form/live-character-count.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';

type FreeTextFieldProps = KindFieldProps & {
  /** A GOV.UK textarea (several lines) rather than a one-line text input. */
  multiline: boolean;
};

/**
 * A question answered in the person's own words: a GOV.UK text input (the `text` kind) or textarea
 * (the `textarea` kind), with a character count when the question has a maximum.
 */
export function FreeTextField({
  multiline,
  question,
  form,
  answers,
  readOnly,
  hint,
  details,
  problem,
}: FreeTextFieldProps) {
  const field = {
    id: question.id,
    label: question.label,
    labelClassName: 'govuk-label--m',
    hint,
    details,
    error: problem?.message,
    readOnly,
    count:
      question.maxLength !== undefined && !readOnly
        ? {
            maxLength: question.maxLength,
            live: (
              <LiveCharacterCount
                form={form}
                answers={answers}
                name={question.id}
                maxLength={question.maxLength}
              />
            ),
          }
        : undefined,
  };
  const registered = { ...form.register(question.id), maxLength: MAX_DRAFT_ANSWER_LENGTH };
  return multiline ? (
    <TextareaField {...field} textareaProps={registered} />
  ) : (
    <TextInput {...field} inputProps={registered} />
  );
}
