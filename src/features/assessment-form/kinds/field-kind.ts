import { type AnswerValue } from '@schemas/answers.ts';
import { type Language } from '@schemas/local-text.ts';
import { type FieldProblem } from '@schemas/completion.ts';
import { type Question } from '@schemas/template-definition.ts';
import { type ComponentType, type ReactNode } from 'react';
import { type AnswersForm } from '@/features/assessment-form/answers-form.ts';
import { type LiveAnswers } from '@/features/assessment-form/live-answers.ts';

export type KindFieldProps = {
  question: Question;
  form: AnswersForm;
  /** The answers as typed so far (live-answers.ts), for what a field shows worked out from its value. */
  answers: LiveAnswers;
  readOnly: boolean;
  /** The question's descriptor and hint, already put together. */
  hint: ReactNode;
  /** The collapsible guidance beside the question, if any. */
  details: ReactNode;
  /** The completion problem to show inline, if any, its message worded for the page (ProblemMessage). */
  problem?: ShownProblem;
};

/** A completion problem as the page shows it: its message in the interface language, labels marked. */
export type ShownProblem = Omit<FieldProblem, 'message'> & { message: ReactNode };

/**
 * What the form knows about one question kind: its GOV.UK field, its row on Check your answers, and
 * which element an error links to. One folder per kind (./<kind>/), listed once in ./index.ts.
 */
export type FieldKind = {
  kind: string;
  Field: ComponentType<KindFieldProps>;
  /** The answer on Check your answers (never empty: "Not answered" is shown by the caller). */
  /** The answer as Check your answers shows it, in `language` (the assessment's) where it has words of its own. */
  Answer: ComponentType<{ question: Question; value: AnswerValue; language?: Language }>;
  /** The id of the element to focus for an error (e.g. a date's first wrong part). */
  targetId: (question: Question, problem?: Pick<FieldProblem, 'dateParts'>) => string;
  /**
   * About how many form controls the field renders for `value` (1 when not given): a long section shows
   * its first screen first and the rest a moment later (section-page.tsx).
   */
  controls?: (question: Question, value: unknown) => number;
};
