import { type ShownProblem } from './kinds/field-kind.ts';
import { type Question } from '@schemas/template-definition.ts';
import { type ReactNode } from 'react';
import { GuidanceDetails } from '@/components/guidance-details.tsx';
import { sentenceCase, type AnswersForm } from './answers-form.ts';
import { fieldKindOf } from './kinds/index.ts';
import { type LiveAnswers } from './live-answers.ts';

type QuestionFieldProps = {
  question: Question;
  form: AnswersForm;
  answers: LiveAnswers;
  readOnly: boolean;
  /** The completion problem to show inline, if any. */
  problem?: ShownProblem;
};

/**
 * One question of the template as a GOV.UK field, looked up by its kind (./kinds/). Inputs are
 * uncontrolled (`register`): typing does not re-render this component, only its character count.
 */
export function QuestionField({ question, form, answers, readOnly, problem }: QuestionFieldProps) {
  const { Field } = fieldKindOf(question);
  const details = question.guidance ? <GuidanceDetails paragraphs={question.guidance} /> : undefined;
  return (
    <Field
      question={question}
      form={form}
      answers={answers}
      readOnly={readOnly}
      hint={questionHint(question)}
      details={details}
      {...(problem ? { problem } : {})}
    />
  );
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
