import type { AnswerProblemCode, ProblemValues } from './answer-problems.ts';
import { answerOf } from './plain/answers.ts';
import { type AnswerKey, type Answers, type DateParts } from './answers.ts';
import { helpersOf } from './kinds/helpers.ts';
import type { Question, Section, Template } from './template-definition.ts';

/**
 * What "Mark this section as completed" requires: every required answer present (not just white
 * space), within its length, and any date a real date. Each kind says what it needs (its `check` in
 * schemas/kinds/). Messages are GOV.UK style and say what to do.
 */
export type FieldProblem = {
  questionId: AnswerKey;
  /** The problem's code and values, worded by the interface's catalogue (schemas/answer-problems.ts). */
  code?: AnswerProblemCode;
  values?: ProblemValues;
  /** The problem in English (the command line, imports); the interface words `code` instead. */
  message: string;
  /** For date questions: which of day / month / year to highlight. */
  dateParts?: Array<keyof DateParts>;
};

export function checkQuestion(question: Question, answers: Answers): FieldProblem | null {
  const problem = helpersOf(question).check(question, answerOf(question, answers));
  if (!problem) return null;
  return {
    questionId: question.id,
    code: problem.code,
    values: problem.values,
    message: problem.message,
    ...(problem.parts ? { dateParts: problem.parts as Array<keyof DateParts> } : {}),
  };
}

export function checkSection(section: Section, answers: Answers): FieldProblem[] {
  return section.questions.map((q) => checkQuestion(q, answers)).filter((p): p is FieldProblem => p !== null);
}

export function checkTemplate(template: Template, answers: Answers): FieldProblem[] {
  return template.sections.flatMap((s) => checkSection(s, answers));
}
