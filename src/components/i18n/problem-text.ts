import {
  lowerFirst,
  namesItsRow,
  type AnswerProblemCode,
  type ProblemValues,
} from '@schemas/answer-problems.ts';
import { currentLanguage, t } from './i18n.ts';

/**
 * An answer's problem (a completion check of schemas/kinds, or a date of schemas/dates.ts) in the interface
 * language: the schemas give a code and its values, the catalogue words it (`problem.<code>`). English
 * comes out exactly as the schemas' own English sentence (tests/components/i18n/problem-text.test.ts).
 *
 * A problem with no code (one the page worded already) is shown as it is. `label` replaces the label the
 * check was given, for a page that words the field's name itself (the meeting date).
 */
export function problemText(problem: ProblemLike, label?: string): string {
  const worded = wordProblem(problem, label);
  return worded ? t(worded.id, worded.values) : problem.message;
}

type ProblemLike = {
  code?: AnswerProblemCode | undefined;
  values?: ProblemValues | undefined;
  message: string;
};

/**
 * A problem's message id and values in the interface language, and which values are the template's own
 * words (a label, a group, a row's name, the template's own message), for a page that marks them with
 * their language (./problem-message.tsx). `inRow` is a date cell's name ("Due date in row 2"), a message of
 * its own whose `label` is the template's. Null for a problem with no code.
 */
export type WordedProblem = {
  id: string;
  values: ProblemValues;
  templateKeys: string[];
  /** A table's date cell: its name in the sentence, a message of its own (`problem.inRow` or `problem.inNamedRow`). */
  inRow?: { key: string; id: string; values: ProblemValues };
};

/** The message that says where a table's cell is: "in row 2", or "for action 2" when the rows are named. */
const inRowId = (values: ProblemValues) => (values.rowName ? 'problem.inNamedRow' : 'problem.inRow');

/** The cell problems, worded with the table's name for a row when it has one ("for action 2"). */
const CELL_CODES: readonly AnswerProblemCode[] = ['cellSelect', 'cellRequired', 'cellTooLong'];
/** The cell problems with a wording of their own for a column named as the rows are. */
const SELF_NAMED_CODES: readonly AnswerProblemCode[] = ['cellRequired', 'cellTooLong'];

export function wordProblem(problem: ProblemLike, label?: string): WordedProblem | null {
  const { code } = problem;
  if (!code) return null;
  const values: ProblemValues = { ...problem.values, ...(label === undefined ? {} : { label }) };
  // A table whose rows have no name of their own: "Add at least one row to the action plan".
  // A column named as the rows are ("Action" in rows named "action"): "Enter action 2".
  const id =
    code === 'tableRequired' && !values.rowName
      ? 'tableRequiredUnnamed'
      : SELF_NAMED_CODES.includes(code) && namesItsRow(values)
        ? `${code}Self`
        : CELL_CODES.includes(code) && values.rowName
          ? `${code}Named`
          : code;
  const local = localValues(code, values);
  const keys = templateKeys(code, values).filter((key) => !(key === 'label' && label !== undefined));
  const dated =
    code === 'dateRequired' || code === 'dateMissing' || code === 'dateNotReal' || code === 'dateFuture';
  if (dated && values.row !== undefined) {
    const name = String(values.label ?? '');
    // English lowers a required date's whole name ("Enter the due date in row 3"), as problemText does.
    const shown = code === 'dateRequired' && currentLanguage() === 'en' ? name.toLowerCase() : name;
    const inRow = { key: 'label', id: inRowId(values), values: { ...values, label: shown } };
    return { id: `problem.${id}`, values: local, templateKeys: [], inRow };
  }
  return { id: `problem.${id}`, values: local, templateKeys: keys };
}

/** The values of a problem that are the template's words (not the interface's defaults). */
function templateKeys(code: AnswerProblemCode, values: ProblemValues): string[] {
  switch (code) {
    case 'custom':
      return ['text'];
    case 'impactRating':
    case 'impactWhy':
    case 'impactMitigation':
      return ['group'];
    case 'impactWhyTooLong':
    case 'impactMitigationTooLong':
      return values.label ? ['label'] : [];
    case 'tableRequired':
    case 'cellSelect':
    case 'cellRequired':
    case 'cellTooLong':
      return values.rowName ? ['label', 'rowName'] : ['label'];
    case 'dateYear':
      return [];
    default:
      return ['label'];
  }
}

/**
 * Labels lowered as the English sentence needs ("Select the type of change"), a date in a table named with
 * its row, the usual wordings filled. Welsh keeps every label as the template writes it: its messages put
 * the label on its own after a colon ("Dewiswch opsiwn: Math o newid"), never after a word that would
 * mutate it (a template's words cannot be mutated mechanically; tests/components/i18n/welsh-labels.test.ts).
 */
function localValues(code: AnswerProblemCode, values: ProblemValues): ProblemValues {
  const text = (key: string) => String(values[key] ?? '');
  const english = currentLanguage() === 'en';
  const lower = (label: string) => (english ? lowerFirst(label) : label);
  switch (code) {
    case 'selectOption':
    case 'tableRequired':
    case 'cellSelect':
    case 'cellRequired':
      return { ...values, label: lower(text('label')) };
    case 'impactRating':
    case 'impactWhy':
    case 'impactMitigation':
      return { ...values, group: lower(text('group')) };
    case 'impactWhyTooLong':
      return { ...values, label: text('label') || t('impact.why') };
    case 'impactMitigationTooLong':
      return { ...values, label: text('label') || t('impact.mitigation') };
    case 'dateRequired':
    case 'dateMissing':
    case 'dateNotReal':
    case 'dateFuture': {
      const name = values.row === undefined ? text('label') : t(inRowId(values), values);
      // "Enter the date eia agreed": English lowers the whole name, as it always has.
      return { ...values, label: code === 'dateRequired' && english ? name.toLowerCase() : name };
    }
    default:
      return values;
  }
}
