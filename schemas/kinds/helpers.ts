import type { Localised } from '../local-text.ts';
import { choiceHelpers } from './choice/helpers.ts';
import { choicesHelpers } from './choices/helpers.ts';
import { dateHelpers } from './date/helpers.ts';
import { impactHelpers } from './impact/helpers.ts';
import type { QuestionDefinition } from './index.ts';
import type { AnswerProblem } from './kind.ts';
import { readFirst } from './read-plain.ts';
import { tableHelpers } from './table/helpers.ts';
import { textHelpers } from './text/helpers.ts';
import { textareaHelpers } from './textarea/helpers.ts';
import { yesNoHelpers } from './yes-no/helpers.ts';

/**
 * The one list of question kinds, without their Zod schemas: what the screens, rules and outputs use
 * (`helpersOf(question).isEmpty(…)`), so none of them loads the validation library. index.ts adds each
 * kind's schemas (`kindOf`) for files, migrations and the designer. The same kinds in the same order.
 */
export const questionKindHelpers = {
  text: textHelpers,
  textarea: textareaHelpers,
  date: dateHelpers,
  'yes-no': yesNoHelpers,
  choice: choiceHelpers,
  choices: choicesHelpers,
  impact: impactHelpers,
  table: tableHelpers,
} as const;

export type QuestionKind = keyof typeof questionKindHelpers;
export const QUESTION_KINDS = Object.keys(questionKindHelpers) as QuestionKind[];

/** Any answer value any kind can hold. */
export type AnswerValue = NonNullable<ReturnType<(typeof questionKindHelpers)[QuestionKind]['readAny']>>;

type LocalisedQuestion = Localised<QuestionDefinition>;

/** A kind's helpers with its value type erased (see helpersOf). */
export type AnyQuestionKindHelpers = {
  kind: string;
  description: string;
  read: (question: LocalisedQuestion, value: unknown) => AnswerValue | undefined;
  readAny: (value: unknown) => AnswerValue | undefined;
  empty: (question: LocalisedQuestion) => AnswerValue;
  isEmpty: (value: AnswerValue) => boolean;
  check: (question: LocalisedQuestion, value: AnswerValue) => AnswerProblem | null;
  text: (value: AnswerValue, question: LocalisedQuestion) => string;
  same: (a: AnswerValue, b: AnswerValue) => boolean;
  convertFrom: (
    from: { kind: string; value: unknown; question?: unknown },
    question: LocalisedQuestion,
  ) => AnswerValue | undefined;
};

export function isQuestionKind(kind: string): kind is QuestionKind {
  return Object.prototype.hasOwnProperty.call(questionKindHelpers, kind);
}

/**
 * The Zod-free helpers of a question's kind. Its functions take values of that question, which the
 * answers (answers.ts) guarantee for every answer of a known question.
 */
export function helpersOf(question: { kind: string }): AnyQuestionKindHelpers {
  if (!isQuestionKind(question.kind)) throw new Error(`Unknown question kind "${question.kind}"`);
  return questionKindHelpers[question.kind] as unknown as AnyQuestionKindHelpers;
}

/**
 * `anyAnswerSchema` (index.ts), without Zod: any answer of any kind, the first shape that accepts it, in
 * the schema's order (text, yes / no, impact, date, table, choices).
 */
export const readAnyAnswer = readFirst<AnswerValue>(
  ...[textHelpers, yesNoHelpers, impactHelpers, dateHelpers, tableHelpers, choicesHelpers].map(
    (k) => k.readAny as (value: unknown) => AnswerValue | undefined,
  ),
);

/** True when an answer of any shape holds something (its question's kind need not be known). */
export function answerHasContent(value: AnswerValue): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return Object.values(value).some((part) =>
    typeof part === 'string' ? part.trim() !== '' : Array.isArray(part) && part.length > 0,
  );
}
