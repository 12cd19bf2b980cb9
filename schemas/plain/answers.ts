/**
 * The Zod-free half of schemas/answers.ts (which re-exports it): what the screens an assessment opens on need,
 * so they load no validation library (`npm run bench -- bundle`, schemas/plain/README.md).
 */
import { helpersOf, readAnyAnswer, type AnswerValue } from '../kinds/helpers.ts';
import { isObject } from '../kinds/read-plain.ts';
import type { QuestionRole } from '../roles.ts';
import { templateQuestions, type Question, type Template } from './template-definition.ts';

export type { AnswerValue };
export { MAX_DRAFT_ANSWER_LENGTH } from './kinds/text-answer.ts';
export type { DateParts } from '../kinds/date/date-kind.ts';

/** Upper bound on the answers of one assessment (questions asked and no longer asked). */
export const MAX_ANSWERS = 5_000;

/** Answers keyed by question id. */
export type Answers = Record<string, AnswerValue>;
export type AnswersInput = Record<string, unknown>;
export type AnswerKey = string;

/**
 * `answersSchemaFor(template).safeParse(values).data`, without Zod (kinds/read-plain.ts): what the form
 * reads on every change, so that drafting loads no validation library. Every question's answer as its
 * kind reads it (its empty value when absent), then every other key in any answer shape, in the order
 * the schema gives them; undefined when the schema would refuse the values.
 */
export function readAnswers(values: unknown, template: Template): Answers | undefined {
  if (!isObject(values)) return undefined;
  const out: Answers = {};
  const asked = new Set<string>();
  for (const q of templateQuestions(template)) {
    asked.add(q.id);
    const kind = helpersOf(q);
    const value = values[q.id];
    const read = value === undefined ? kind.empty(q) : kind.read(q, value);
    if (read === undefined) return undefined;
    out[q.id] = read;
  }
  for (const key in values) {
    if (asked.has(key) || key === '__proto__') continue;
    const read = readAnyAnswer(values[key]);
    if (read === undefined) return undefined;
    out[key] = read;
  }
  return out;
}

/** Every question of the template unanswered. */
export function emptyAnswers(template: Template): Answers {
  return Object.fromEntries(templateQuestions(template).map((q) => [q.id, helpersOf(q).empty(q)]));
}

/** The answer to `question`, or its empty value when there is none (or it is of another shape). */
export function answerOf(question: Question, answers: Answers): AnswerValue {
  const kind = helpersOf(question);
  const value = answers[question.id];
  if (value === undefined) return kind.empty(question);
  return kind.read(question, value) ?? kind.empty(question);
}

/** True when the question has no answer (white space only counts as none). */
export function isAnswerEmpty(question: Question, answers: Answers): boolean {
  return helpersOf(question).isEmpty(answerOf(question, answers));
}

/** The answer as plain text (what the review rules read). */
export function answerText(question: Question, answers: Answers): string {
  return helpersOf(question).text(answerOf(question, answers), question);
}

/** True when both hold the same answer to every question of the template and the same other keys. */
export function sameAnswers(template: Template, a: Answers, b: Answers): boolean {
  const asked = new Set<string>();
  for (const q of templateQuestions(template)) {
    asked.add(q.id);
    if (!helpersOf(q).same(answerOf(q, a), answerOf(q, b))) return false;
  }
  const others = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !asked.has(k)));
  return [...others].every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** The first question with `role`, if the template has one. */
export function questionWithRole(template: Template, role: QuestionRole): Question | undefined {
  return templateQuestions(template).find((q) => q.role === role);
}

/** Every question with `role` (e.g. the equality groups), in template order. */
export function questionsWithRole(template: Template, role: QuestionRole): Question[] {
  return templateQuestions(template).filter((q) => q.role === role);
}

/** The answer text of the question with `role`, '' when the template has no such question. */
export function roleText(template: Template, answers: Answers, role: QuestionRole): string {
  const question = questionWithRole(template, role);
  return question ? answerText(question, answers) : '';
}
