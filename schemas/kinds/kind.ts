import type { z } from 'zod';
import type { CodedProblem } from '../answer-problems.ts';
import type { Localised } from '../local-text.ts';

/**
 * A completion problem with one answer: its code and values (worded by the interface's catalogue) and its
 * English sentence (schemas/answer-problems.ts). `parts`: the parts of a compound answer to highlight.
 */
export type AnswerProblem = CodedProblem & { parts?: string[] };

/**
 * What the schemas layer knows about one question kind: one plain object per kind, in its own folder
 * (schemas/kinds/<kind>/), listed once in schemas/kinds/index.ts. Other layers keep their own registry
 * keyed by the same `kind` (domain: view-model block, CSV cell, rules; UI: field, summary row; pdf: block).
 *
 * `Q` is the question definition of this kind (English and Welsh texts), `V` its answer as drafted.
 * Functions take the question LOCALISED (texts as strings), because that is what every screen holds.
 */
export type QuestionKindSchemas<Q extends { kind: string }, V> = QuestionKindHelpers<Q, V> & {
  /** The question definition of this kind: the base fields plus this kind's own. */
  question: z.ZodType<Q, unknown>;
  /** The answer while drafting: never blocks (every part may be empty), capped against hostile files. */
  answer: (question: Localised<Q>) => z.ZodType<V, unknown>;
  /** Any answer any question of this kind could hold (used where the template is not known yet). */
  anyAnswer: z.ZodType<V, unknown>;
};

/**
 * The Zod-free part of a kind (its helpers.ts): everything but the Zod schemas, so that the screens an
 * assessment opens on load no validation library. `read` and `readAny` read a value exactly as `answer`
 * and `anyAnswer` parse it (kinds/read-plain.ts).
 */
export type QuestionKindHelpers<Q extends { kind: string }, V> = {
  kind: Q['kind'];
  /** The plain description the designer shows when choosing a kind. */
  description: string;
  /** `answer(question).safeParse(value).data`, without Zod. */
  read: (question: Localised<Q>, value: unknown) => V | undefined;
  /** `anyAnswer.safeParse(value).data`, without Zod. */
  readAny: (value: unknown) => V | undefined;
  /** The answer of an untouched question. */
  empty: (question: Localised<Q>) => V;
  /** True when nothing was given (white space only counts as nothing). */
  isEmpty: (value: V) => boolean;
  /**
   * What "Mark this section as completed" requires of this answer: a GOV.UK message saying what to do
   * (and, for a date, which parts to highlight), or null when it is fine.
   */
  check: (question: Localised<Q>, value: V) => AnswerProblem | null;
  /** The answer as plain text, for the review rules' text checks and searches. */
  text: (value: V, question: Localised<Q>) => string;
  /** True when two answers are the same (merge, change detection). */
  same: (a: V, b: V) => boolean;
  /**
   * Converts an answer of another kind into this kind when nothing is lost (moving an assessment to a
   * newer template version); undefined when the conversion would lose something. `from.question` is
   * the old question (e.g. its options, so that a chosen option becomes its label's text).
   */
  convertFrom: (
    from: { kind: string; value: unknown; question?: unknown },
    question: Localised<Q>,
  ) => V | undefined;
};
