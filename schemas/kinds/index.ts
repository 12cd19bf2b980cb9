import { z } from 'zod';
import type { Localised } from '../local-text.ts';
import { choiceKind, choiceQuestionSchema, type ChoiceQuestion } from './choice/choice-kind.ts';
import { choicesKind, choicesQuestionSchema, type ChoicesQuestion } from './choices/choices-kind.ts';
import { dateKind, dateQuestionSchema, type DateQuestion } from './date/date-kind.ts';
import { impactKind, impactQuestionSchema, type ImpactQuestion } from './impact/impact-kind.ts';
import type { AnswerProblem } from './kind.ts';
import { tableKind, tableQuestionSchema, type TableQuestion } from './table/table-kind.ts';
import { textKind, textQuestionSchema, type TextQuestion } from './text/text-kind.ts';
import { textareaKind, textareaQuestionSchema, type TextareaQuestion } from './textarea/textarea-kind.ts';
import { yesNoKind, yesNoQuestionSchema, type YesNoQuestion } from './yes-no/yes-no-kind.ts';

/**
 * The one list of question kinds. Adding a kind: a folder schemas/kinds/<kind>/ exporting its
 * QuestionKindSchemas, one line in `questionKinds`, one in `questionDefinitionSchema`, and one folder
 * per other layer (src/domain/kinds, src/features/assessment-form/kinds, src/pdf/kinds). Nothing else
 * switches on a kind.
 */
export const questionKinds = {
  text: textKind,
  textarea: textareaKind,
  date: dateKind,
  'yes-no': yesNoKind,
  choice: choiceKind,
  choices: choicesKind,
  impact: impactKind,
  table: tableKind,
} as const;

export type QuestionKind = keyof typeof questionKinds;
export const QUESTION_KINDS = Object.keys(questionKinds) as QuestionKind[];

/** A question of any kind, as the template stores it (texts in English and Welsh). */
export const questionDefinitionSchema = z.discriminatedUnion('kind', [
  textQuestionSchema,
  textareaQuestionSchema,
  dateQuestionSchema,
  yesNoQuestionSchema,
  choiceQuestionSchema,
  choicesQuestionSchema,
  impactQuestionSchema,
  tableQuestionSchema,
]);
export type QuestionDefinition =
  | TextQuestion
  | TextareaQuestion
  | DateQuestion
  | YesNoQuestion
  | ChoiceQuestion
  | ChoicesQuestion
  | ImpactQuestion
  | TableQuestion;

/** Any answer value any kind can hold. */
export type AnswerValue = z.infer<(typeof questionKinds)[QuestionKind]['anyAnswer']>;

/**
 * Any answer of any kind (the record's schema, before its template is known). The first shape that
 * accepts a value wins, so the stricter shapes come first: a yes / no answer (both keys required) before
 * a date (whose parts default to '' and would otherwise take any object); an impact answer (every key
 * required) before a date too; a table (an array of row objects) before choices (an array of strings).
 */
export const anyAnswerSchema = z.union(
  [textKind, yesNoKind, impactKind, dateKind, tableKind, choicesKind].map((k) => k.anyAnswer) as unknown as [
    z.ZodType<AnswerValue>,
  ],
);

/** A question with its texts in one language: what screens, rules and outputs hold. */
export type LocalisedQuestion = Localised<QuestionDefinition>;

/** A kind's schemas-layer entry with its value type erased (see kindOf). */
export type AnyQuestionKind = {
  kind: string;
  description: string;
  question: z.ZodType;
  answer: (question: LocalisedQuestion) => z.ZodType<AnswerValue, unknown>;
  anyAnswer: z.ZodType<AnswerValue, unknown>;
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
  return Object.prototype.hasOwnProperty.call(questionKinds, kind);
}

/**
 * The schemas-layer entry of a question's kind. Its functions take values of that question, which
 * the answers schema (answers.ts) guarantees for every answer of a known question.
 */
export function kindOf(question: { kind: string }): AnyQuestionKind {
  if (!isQuestionKind(question.kind)) throw new Error(`Unknown question kind "${question.kind}"`);
  return questionKinds[question.kind] as unknown as AnyQuestionKind;
}

/** True when an answer of any shape holds something (its question's kind need not be known). */
export function answerHasContent(value: AnswerValue): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return Object.values(value).some((part) =>
    typeof part === 'string' ? part.trim() !== '' : Array.isArray(part) && part.length > 0,
  );
}
