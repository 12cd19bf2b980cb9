/**
 * What can be wrong with an answer, as a problem code and its values, with no words of any language: the
 * interface words each code from its catalogue (`problem.<code>` in src/components/i18n/locales, through
 * src/components/i18n/problem-text.ts), in English or Welsh. The English sentence of each code is kept
 * here too (`englishProblem`), for the command line, imports and the review rules, which speak English.
 *
 * Values are the template's own texts (labels, in the assessment's language), numbers, and a few
 * language-free choices (which parts of a date are missing). A label a message shows in lower case is
 * passed as it is; each language lowers it as its grammar needs.
 */

/** The parts of a date that are missing, when some but not all are: one or two of day, month, year. */
export type MissingDateParts = 'day' | 'month' | 'year' | 'dayMonth' | 'dayYear' | 'monthYear';

export type AnswerProblemCode =
  /** A required answer is empty, and the template gives its own message: `{ text }`. */
  | 'custom'
  /** A required text answer is empty: `{ label }`. */
  | 'answerRequired'
  /** A text is longer than the question allows: `{ label, max, over }`. */
  | 'tooLong'
  /** No option chosen (radios or checkboxes): `{ label }`. */
  | 'selectOption'
  /** Neither yes nor no chosen: `{ label }`. */
  | 'selectYesNo'
  /** No impact rating ticked: `{ group }` (the question's label). */
  | 'impactRating'
  /** No "why" for an impact rating: `{ group }`. */
  | 'impactWhy'
  /** No mitigation for a negative impact: `{ group }`. */
  | 'impactMitigation'
  /** The "why" is too long: `{ label, max, over }` (label '' when the template keeps the usual question). */
  | 'impactWhyTooLong'
  /** The mitigation is too long: `{ label, max, over }` (label '' for the usual question). */
  | 'impactMitigationTooLong'
  /** A required table has no row: `{ label, rowName }` (rowName '' when the template does not name rows). */
  | 'tableRequired'
  /** A table has more rows than it may: `{ label, max, remove }`. */
  | 'tableTooManyRows'
  /**
   * A choice cell not chosen: `{ label, row, rowName? }` (the column's label, the row's number, and the
   * table's name for a row when it has one: "for action 2", else "in row 2").
   */
  | 'cellSelect'
  /** A required text cell is empty: `{ label, row, rowName? }`. */
  | 'cellRequired'
  /** A text cell is too long: `{ label, row, rowName?, max }`. */
  | 'cellTooLong'
  /** A required date is empty: `{ label, row?, rowName? }` (row: the row's number, for a table's date cell). */
  | 'dateRequired'
  /** Some of day, month and year are missing: `{ label, missing: MissingDateParts, row?, rowName? }`. */
  | 'dateMissing'
  /** The year is not 4 numbers: `{}`. */
  | 'dateYear'
  /** Not a real date: `{ label, row?, rowName? }`. */
  | 'dateNotReal'
  /** A date after today where it may not be: `{ label, row?, rowName? }`. */
  | 'dateFuture';

export type ProblemValues = Record<string, string | number>;

/** A problem as a code and its values (for the interface's catalogue) and as an English sentence. */
export type CodedProblem = { code: AnswerProblemCode; values: ProblemValues; message: string };

/** "Select the type of change" from the label "The type of change"; a question keeps its question mark off. */
export function lowerFirst(label: string): string {
  const text = label.trim().replace(/\?$/, '');
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const en = (n: string | number | undefined) => Number(n ?? 0).toLocaleString('en-GB');
const str = (v: string | number | undefined) => String(v ?? '');
/** Where a table's cell is: "in row 2", or "for action 2" when the table names its rows. */
const inRow = (v: ProblemValues) => (v.rowName ? `for ${str(v.rowName)} ${v.row}` : `in row ${v.row}`);
/**
 * True when a table's column is named as its rows are (the "Action" column of rows named "action"): its
 * cell is then called by the row's name alone ("Enter action 2", not "Enter the action for action 2").
 */
export const namesItsRow = (v: ProblemValues) =>
  Boolean(v.rowName) && str(v.label).trim().toLowerCase() === str(v.rowName).trim().toLowerCase();
/** A date's name in the sentence: "Due date in row 2" (or "for action 2") for a table's date cell. */
const dateName = (v: ProblemValues) => (v.row === undefined ? str(v.label) : `${str(v.label)} ${inRow(v)}`);

const MISSING_WORDS: Record<MissingDateParts, string> = {
  day: 'day',
  month: 'month',
  year: 'year',
  dayMonth: 'day and month',
  dayYear: 'day and year',
  monthYear: 'month and year',
};

const ENGLISH: Record<AnswerProblemCode, (v: ProblemValues) => string> = {
  custom: (v) => str(v.text),
  answerRequired: (v) => `Answer “${str(v.label)}”`,
  tooLong: (v) => `${str(v.label)} must be ${en(v.max)} characters or fewer (it is ${en(v.over)} too many)`,
  selectOption: (v) => `Select ${lowerFirst(str(v.label))}`,
  selectYesNo: (v) => `Select yes or no: ${str(v.label)}`,
  impactRating: (v) =>
    `Select the impact on ${lowerFirst(str(v.group))}: positive, negative, neutral or not known`,
  impactWhy: (v) => `Enter why you chose this impact on ${lowerFirst(str(v.group))}`,
  impactMitigation: (v) => `Enter what you will do about the negative impact on ${lowerFirst(str(v.group))}`,
  impactWhyTooLong: (v) => ENGLISH.tooLong({ ...v, label: str(v.label) || DEFAULT_WHY_LABEL }),
  impactMitigationTooLong: (v) => ENGLISH.tooLong({ ...v, label: str(v.label) || DEFAULT_MITIGATION_LABEL }),
  tableRequired: (v) => `Add at least one ${str(v.rowName) || 'row'} to the ${lowerFirst(str(v.label))}`,
  tableTooManyRows: (v) => `${str(v.label)} can have at most ${str(v.max)} rows: remove ${str(v.remove)}`,
  cellSelect: (v) => `Select the ${lowerFirst(str(v.label))} ${inRow(v)}`,
  cellRequired: (v) =>
    namesItsRow(v) ? `Enter ${str(v.rowName)} ${v.row}` : `Enter the ${lowerFirst(str(v.label))} ${inRow(v)}`,
  cellTooLong: (v) =>
    `${namesItsRow(v) ? `${str(v.label)} ${v.row}` : `${str(v.label)} ${inRow(v)}`} must be ${en(v.max)} characters or fewer`,
  dateRequired: (v) => `Enter the ${dateName(v).toLowerCase()}`,
  dateMissing: (v) => `${dateName(v)} must include a ${MISSING_WORDS[v.missing as MissingDateParts]}`,
  dateYear: () => 'Year must include 4 numbers',
  dateNotReal: (v) => `${dateName(v)} must be a real date`,
  dateFuture: (v) => `${dateName(v)} must be today or in the past`,
};

/** The usual impact questions (the template may word its own). */
export const DEFAULT_WHY_LABEL = 'Why do you think this?';
export const DEFAULT_MITIGATION_LABEL = 'What will you do about the negative impact?';

/** Every problem code (the catalogue has a message for each). */
export const ANSWER_PROBLEM_CODES = Object.keys(ENGLISH) as AnswerProblemCode[];

/** The problem's English sentence. */
export function englishProblem(code: AnswerProblemCode, values: ProblemValues): string {
  return ENGLISH[code](values);
}

/** A problem with its code, values and English sentence. */
export function problem(code: AnswerProblemCode, values: ProblemValues = {}): CodedProblem {
  return { code, values, message: englishProblem(code, values) };
}
