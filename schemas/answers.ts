import { z } from 'zod';
import { anyAnswerSchema, kindOf, type AnswerValue } from './kinds/index.ts';
import type { QuestionRole } from './roles.ts';
import { templateQuestions, type Question, type Template } from './template-definition.ts';

/**
 * The answers of an assessment, built from its template: one key per question (its id), each holding
 * the answer shape of the question's kind (schemas/kinds/). There is no hand-written list of keys.
 *
 * Drafting is never blocked: every answer may be empty, and text is kept exactly as typed (no trimming).
 * What "complete" means lives in `completion.ts`. A key the template does not ask (an old file, a
 * question removed in a later version) is never dropped: it is kept as it is, in any answer shape.
 */

export { MAX_DRAFT_ANSWER_LENGTH } from './kinds/text-answer.ts';
export { datePartsSchema, type DateParts } from './kinds/date/date-kind.ts';
export type { AnswerValue };

/** Upper bound on the answers of one assessment (questions asked and no longer asked). */
export const MAX_ANSWERS = 5_000;

/** Answers keyed by question id. */
export type Answers = Record<string, AnswerValue>;
export type AnswersInput = Record<string, unknown>;
export type AnswerKey = string;

/** The answers of an assessment whose template is not known yet: any key, any answer shape. */
export const anyAnswersSchema = z
  .record(z.string().min(1).max(100), anyAnswerSchema)
  .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS, {
    message: `An assessment holds at most ${MAX_ANSWERS} answers`,
  });

const schemaCache = new WeakMap<Template, z.ZodType<Answers, AnswersInput>>();

/** The answers schema of one template: every question's answer (empty when absent), unknown keys kept. */
export function answersSchemaFor(template: Template): z.ZodType<Answers, AnswersInput> {
  const cached = schemaCache.get(template);
  if (cached) return cached;
  const shape = Object.fromEntries(
    templateQuestions(template).map((q) => {
      const kind = kindOf(q);
      return [q.id, kind.answer(q).default(() => kind.empty(q))];
    }),
  );
  const schema = z.object(shape).catchall(anyAnswerSchema) as unknown as z.ZodType<Answers, AnswersInput>;
  schemaCache.set(template, schema);
  return schema;
}

/** Every question of the template unanswered. */
export function emptyAnswers(template: Template): Answers {
  return Object.fromEntries(templateQuestions(template).map((q) => [q.id, kindOf(q).empty(q)]));
}

/** The answer to `question`, or its empty value when there is none (or it is of another shape). */
export function answerOf(question: Question, answers: Answers): AnswerValue {
  const kind = kindOf(question);
  const value = answers[question.id];
  if (value === undefined) return kind.empty(question);
  const parsed = kind.answer(question).safeParse(value);
  return parsed.success ? parsed.data : kind.empty(question);
}

/** True when the question has no answer (white space only counts as none). */
export function isAnswerEmpty(question: Question, answers: Answers): boolean {
  return kindOf(question).isEmpty(answerOf(question, answers));
}

/** The answer as plain text (what the review rules read). */
export function answerText(question: Question, answers: Answers): string {
  return kindOf(question).text(answerOf(question, answers), question);
}

/** True when both hold the same answer to every question of the template and the same other keys. */
export function sameAnswers(template: Template, a: Answers, b: Answers): boolean {
  const asked = new Set<string>();
  for (const q of templateQuestions(template)) {
    asked.add(q.id);
    if (!kindOf(q).same(answerOf(q, a), answerOf(q, b))) return false;
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
