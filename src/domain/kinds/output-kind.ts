import type { AnswerValue } from '@schemas/answers.ts';
import type { Question } from '@schemas/template-definition.ts';
import type { PdfBlock } from '../answer-blocks.ts';
import type { AnswerWords } from '../output-strings.ts';

/**
 * An answer as the outputs print it (PDF, accessible HTML): plain data, worded, nothing to compute.
 * `missing` is shown in place of an empty answer, so gaps are visible to the committee. `parts` is an
 * answer with questions of its own (an impact's rating, "why" and mitigation; a yes / no answer's
 * follow-up): `blocks` first (the "Yes"), then each part under its own label, which the outputs print as a
 * label (the PDF in a label's face, the HTML as a <dt>), never as if the assessor had typed it.
 */
export type PdfAnswer =
  | { kind: 'text'; blocks: PdfBlock[] }
  | { kind: 'parts'; blocks: PdfBlock[]; parts: PdfAnswerPart[] }
  | { kind: 'missing'; text: string };

export type PdfAnswerPart = {
  /** The sub-question ("Why do you think this?") or the name of a value ("Impact"). */
  label: string;
  blocks: PdfBlock[];
  /** A value of a few words ("Negative, Neutral"): the PDF prints it on the label's line ("Impact: Negative"). */
  inline?: boolean;
};

/**
 * What the domain layer knows about one question kind: its block in the outputs' view-model and its
 * cell in a CSV. One file per kind (src/domain/kinds/<kind>/), listed once in ./index.ts.
 * Functions receive an answer the schemas layer has already checked (`answerOf`) and never empty.
 */
export type OutputKind = {
  kind: string;
  /** The answer as the PDF and HTML print it, with the appendix's own words in its language. */
  output: (question: Question, value: AnswerValue, words: AnswerWords) => PdfAnswer;
  /** The answer as one plain text (History's kept versions). */
  displayText: (question: Question, value: AnswerValue) => string;
  /** The answer in one spreadsheet cell: plain text, nothing lost that a person typed. */
  csvCell: (question: Question, value: AnswerValue) => string;
  /**
   * Review rules input: the words the text rules (gives a reason, copied across groups…) read, when not
   * the whole answer as text (an impact's "why", without its rating words). Called with a non-empty answer.
   */
  reasonText?: (question: Question, value: AnswerValue) => string;
  /**
   * Review rules input: true when the answer's own structure says the work has an effect (an impact
   * rated positive, negative or not known). Its reason's words are then not read as a claim that there
   * is none ("not only a few…" is no "no impact"). Called with a non-empty answer.
   */
  statesAnEffect?: (question: Question, value: AnswerValue) => boolean;
  /**
   * Review rules input: what this kind itself finds weak in a non-empty answer (an impact "not known", a
   * rating without why), as a title and an explanation saying what to do; null when nothing.
   */
  reviewFinding?: (question: Question, value: AnswerValue) => { title: string; explanation: string } | null;
  /** A few words for the overview's group grid beside answered / to look at / missing (an impact's ratings). */
  gridText?: (question: Question, value: AnswerValue) => string;
};
