import { z } from 'zod';
import { anyAnswerSchema, kindOf, type AnswerValue } from './kinds/index.ts';
import { MAX_ANSWERS, type Answers, type AnswersInput } from './plain/answers.ts';
import { templateQuestions } from './plain/template-definition.ts';
import { type Template } from './template-definition.ts';

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

/** The answers of an assessment whose template is not known yet: any key, any answer shape. */
export const anyAnswersSchema = /* @__PURE__ */ z
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

export {
  MAX_ANSWERS,
  readAnswers,
  emptyAnswers,
  answerOf,
  isAnswerEmpty,
  answerText,
  sameAnswers,
  questionWithRole,
  questionsWithRole,
  roleText,
} from './plain/answers.ts';
export type { Answers, AnswersInput, AnswerKey } from './plain/answers.ts';
