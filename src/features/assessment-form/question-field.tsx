import { MAX_DRAFT_ANSWER_LENGTH } from '@schemas/answers.ts';
import { type FieldProblem } from '@schemas/completion.ts';
import { type Question } from '@schemas/template-definition.ts';
import { type ReactNode } from 'react';
import { DATE_PARTS, DateInput } from '@/components/date-input.tsx';
import { GuidanceDetails } from '@/components/guidance-details.tsx';
import { TextInput } from '@/components/text-input.tsx';
import { TextareaField } from '@/components/textarea-field.tsx';
import { sentenceCase, type AnswersForm, type DateAnswerKey, type TextAnswerKey } from './answers-form.ts';
import { LiveCharacterCount } from './live-character-count.tsx';

/** Matches the schema's cap on one date part. */
const MAX_DATE_PART_LENGTH = 20;

type QuestionFieldProps = {
  question: Question;
  form: AnswersForm;
  readOnly: boolean;
  /** The completion problem to show inline, if any. */
  problem?: FieldProblem;
};

/**
 * One question of the template as a GOV.UK field, chosen by its kind. Inputs are uncontrolled
 * (`register`): typing does not re-render this component, only its character count.
 */
export function QuestionField({ question, form, readOnly, problem }: QuestionFieldProps) {
  const hint = questionHint(question);
  const details = question.guidance ? <GuidanceDetails paragraphs={question.guidance} /> : undefined;

  if (question.kind === 'date') {
    const key = question.id as DateAnswerKey;
    const part = (name: 'day' | 'month' | 'year') => ({
      ...form.register(`${key}.${name}`),
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

  const key = question.id as TextAnswerKey;
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
            live: <LiveCharacterCount control={form.control} name={key} maxLength={question.maxLength} />,
          }
        : undefined,
  };
  const registered = { ...form.register(key), maxLength: MAX_DRAFT_ANSWER_LENGTH };
  if (question.kind === 'text') return <TextInput {...field} inputProps={registered} />;
  return <TextareaField {...field} textareaProps={registered} />;
}

function questionHint(question: Question): ReactNode {
  const { descriptor, hint } = question;
  if (!descriptor && !hint) return undefined;
  return (
    <>
      {descriptor && sentenceCase(descriptor)}
      {descriptor && hint && <br />}
      {hint}
    </>
  );
}
