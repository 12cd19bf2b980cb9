import type { AnswerKey, Answers, DateParts } from './answers.ts';
import { checkDateParts } from './dates.ts';
import type { Question, Section, TemplateDefinition } from './template-definition.ts';

/**
 * What "Mark this section as completed" requires: every required answer present (not just white
 * space), within its length, and any date a real date. Messages are GOV.UK style and say what to do.
 */
export type FieldProblem = {
  questionId: AnswerKey;
  message: string;
  /** For date questions: which of day / month / year to highlight. */
  dateParts?: Array<keyof DateParts>;
};

export function checkQuestion(question: Question, answers: Answers): FieldProblem | null {
  const key = question.id as AnswerKey;
  const value = answers[key];
  if (question.kind === 'date') {
    const problem = checkDateParts(value as DateParts, question.label, { required: question.required });
    return problem ? { questionId: key, message: problem.message, dateParts: problem.parts } : null;
  }
  const text = typeof value === 'string' ? value : '';
  if (question.required && text.trim() === '') {
    return { questionId: key, message: question.requiredMessage ?? `Answer “${question.label}”` };
  }
  if (question.maxLength !== undefined && text.length > question.maxLength) {
    const over = text.length - question.maxLength;
    return {
      questionId: key,
      message: `${question.label} must be ${question.maxLength.toLocaleString('en-GB')} characters or fewer (it is ${over.toLocaleString('en-GB')} too many)`,
    };
  }
  return null;
}

export function checkSection(section: Section, answers: Answers): FieldProblem[] {
  return section.questions.map((q) => checkQuestion(q, answers)).filter((p): p is FieldProblem => p !== null);
}

export function checkTemplate(template: TemplateDefinition, answers: Answers): FieldProblem[] {
  return template.sections.flatMap((s) => checkSection(s, answers));
}
