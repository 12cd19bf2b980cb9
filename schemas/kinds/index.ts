import { z } from 'zod';
import type { Localised } from '../local-text.ts';
import { choiceKind, choiceQuestionSchema, type ChoiceQuestion } from './choice/choice-kind.ts';
import { choicesKind, choicesQuestionSchema, type ChoicesQuestion } from './choices/choices-kind.ts';
import { dateKind, dateQuestionSchema, type DateQuestion } from './date/date-kind.ts';
import { impactKind, impactQuestionSchema, type ImpactQuestion } from './impact/impact-kind.ts';
import { isQuestionKind, type AnswerValue, type AnyQuestionKindHelpers } from './helpers.ts';
import { tableKind, tableQuestionSchema, type TableQuestion } from './table/table-kind.ts';
import { textKind, textQuestionSchema, type TextQuestion } from './text/text-kind.ts';
import { textareaKind, textareaQuestionSchema, type TextareaQuestion } from './textarea/textarea-kind.ts';
import { yesNoKind, yesNoQuestionSchema, type YesNoQuestion } from './yes-no/yes-no-kind.ts';

/**
 * The one list of question kinds. Adding a kind: a folder schemas/kinds/<kind>/ exporting its
 * QuestionKindSchemas (<kind>-kind.ts) built on its Zod-free helpers (helpers.ts, listed in ./helpers.ts:
 * what the screens use, see schemas/plain/README.md), one line in `questionKinds` and in
 * `questionKindHelpers`, one in `questionDefinitionSchema`, and one folder
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

export { QUESTION_KINDS, answerHasContent, helpersOf, isQuestionKind, readAnyAnswer } from './helpers.ts';
export type { AnyQuestionKindHelpers, QuestionKind } from './helpers.ts';

/** A question of any kind, as the template stores it (texts in English and Welsh). */
export const questionDefinitionSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
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
export type { AnswerValue };

/**
 * Any answer of any kind (the record's schema, before its template is known). The first shape that
 * accepts a value wins, so the stricter shapes come first: a yes / no answer (both keys required) before
 * a date (whose parts default to '' and would otherwise take any object); an impact answer (every key
 * required) before a date too; a table (an array of row objects) before choices (an array of strings).
 */
export const anyAnswerSchema = /* @__PURE__ */ z.union([
  textKind.anyAnswer,
  yesNoKind.anyAnswer,
  impactKind.anyAnswer,
  dateKind.anyAnswer,
  tableKind.anyAnswer,
  choicesKind.anyAnswer,
] as unknown as [z.ZodType<AnswerValue>]);

/** A question with its texts in one language: what screens, rules and outputs hold. */
export type LocalisedQuestion = Localised<QuestionDefinition>;

/** A kind's schemas-layer entry with its value type erased (see kindOf). */
export type AnyQuestionKind = AnyQuestionKindHelpers & {
  question: z.ZodType;
  answer: (question: LocalisedQuestion) => z.ZodType<AnswerValue, unknown>;
  anyAnswer: z.ZodType<AnswerValue, unknown>;
};

/**
 * The schemas-layer entry of a question's kind. Its functions take values of that question, which
 * the answers schema (answers.ts) guarantees for every answer of a known question.
 */
export function kindOf(question: { kind: string }): AnyQuestionKind {
  if (!isQuestionKind(question.kind)) throw new Error(`Unknown question kind "${question.kind}"`);
  return questionKinds[question.kind] as unknown as AnyQuestionKind;
}
