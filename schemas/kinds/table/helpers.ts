import { problem, type ProblemValues } from '../../answer-problems.ts';
import { checkDateParts } from '../../dates.ts';
import type { AnswerProblem, QuestionKindHelpers } from '../kind.ts';
import { optionLabel } from '../../plain/kinds/options.ts';
import { readArray, readFirst, readObject, readRecord, readString, type Read } from '../read-plain.ts';
import { isBlank } from '../../plain/kinds/text-answer.ts';
import type { DateCell, TableAnswer, TableCell, TableQuestion, TableRow } from './table-kind.ts';

/**
 * Repeating rows with typed columns, e.g. an action plan (action, owner, due date, status) or an
 * evidence log (source, date, what it showed). Each row has a stable id, made when the row is added
 * and never changed, so that the rows of two returned copies can be merged row by row (src/domain/merge.ts).
 */
export const TABLE_COLUMN_KINDS = ['text', 'date', 'choice'] as const;
export type TableColumnKind = (typeof TABLE_COLUMN_KINDS)[number];

/** Upper bounds whatever the template says, so that a hostile file cannot exhaust memory. */
export const MAX_TABLE_ROWS = 500;
export const MAX_TABLE_COLUMNS = 20;
export const MAX_TABLE_CELL_LENGTH = 20_000;
/** Rows a table may hold when its template does not say. */
export const DEFAULT_MAX_ROWS = 50;

const ROW_ID = /^[A-Za-z0-9_-]+$/;

/** `rowIdSchema` (table-kind.ts), without Zod. */
const readRowId: Read<string> = (value) =>
  typeof value === 'string' && value.length >= 1 && value.length <= 64 && ROW_ID.test(value)
    ? value
    : undefined;

const datePart = readString(20);
/** `dateCellSchema`, without Zod: every part required. */
const readDateCell = readObject<DateCell>({ day: datePart, month: datePart, year: datePart });
/** `tableCellSchema`, without Zod: text first, then a date's parts. */
const readCell = readFirst<TableCell>(readString(MAX_TABLE_CELL_LENGTH), readDateCell);
/** At most 100 cells. */
const readCells = readRecord(readCell, 100, 100);

/** `tableRowSchema`, without Zod: an id and at most 100 cells. */
const readRow = readObject<TableRow>({ id: readRowId, cells: readCells });
const readRows = readArray(readRow, MAX_TABLE_ROWS);

/** `tableAnswerSchema` (table-kind.ts), without Zod: the rows in order, ids unique. */
export const readTableAnswer: Read<TableAnswer> = (value) => {
  const rows = readRows(value);
  if (!rows) return undefined;
  // Unique ids: a pairwise check for the usual few rows (no set to make), a set for long tables.
  if (rows.length <= 16) {
    for (let i = 1; i < rows.length; i += 1)
      for (let j = 0; j < i; j += 1) if (rows[i]!.id === rows[j]!.id) return undefined;
    return rows;
  }
  return new Set(rows.map((row) => row.id)).size === rows.length ? rows : undefined;
};

/** A new row id: random, so rows added in two copies of one assessment never share an id. */
export function newRowId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `r${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function maxRowsOf(question: { maxRows?: number }): number {
  return question.maxRows ?? DEFAULT_MAX_ROWS;
}

/** "action" ("row" when the template does not say). */
export function rowNameOf(question: { rowName?: string }): string {
  return question.rowName?.trim() || 'row';
}

export const EMPTY_DATE_CELL: DateCell = { day: '', month: '', year: '' };

/** The cell of `column` in `row` as its column kind holds it ('' or empty date parts when none). */
export function cellOf(row: TableRow, column: { id: string; kind: TableColumnKind }): TableCell {
  const cell = row.cells[column.id];
  if (column.kind === 'date')
    return typeof cell === 'object' ? cell : { ...EMPTY_DATE_CELL, day: cell ?? '' };
  if (cell === undefined) return '';
  return typeof cell === 'string'
    ? cell
    : [cell.day, cell.month, cell.year].filter((p) => !isBlank(p)).join(' ');
}

function cellIsBlank(cell: TableCell | undefined): boolean {
  if (cell === undefined) return true;
  if (typeof cell === 'string') return isBlank(cell);
  return isBlank(cell.day) && isBlank(cell.month) && isBlank(cell.year);
}

/** True when nothing was typed in any cell of the row (such a row is not checked nor printed). */
export function rowIsBlank(row: TableRow): boolean {
  return Object.values(row.cells).every(cellIsBlank);
}

/** A cell as words: text as typed, a choice's label, a date's parts as typed ("5 3 2026"). */
export function cellText(
  column: { id: string; kind: TableColumnKind; options?: ReadonlyArray<{ value: string; label: string }> },
  row: TableRow,
): string {
  const cell = cellOf(row, column);
  if (typeof cell !== 'string') return [cell.day, cell.month, cell.year].filter((p) => !isBlank(p)).join(' ');
  if (column.kind === 'choice' && !isBlank(cell)) return optionLabel(column.options ?? [], cell);
  return cell;
}

type LocalisedColumn = {
  id: string;
  label: string;
  kind: TableColumnKind;
  required?: boolean;
  options?: Array<{ value: string; label: string }>;
  maxLength?: number;
};

/**
 * The first problem with one cell, or null. `n` is the row's number as people count (1, 2, …); `rowName` the
 * table's name for a row ("action"), '' when it has none: a problem names the row as the table does
 * ("Enter the owner for action 2"; "in row 2" for unnamed rows).
 */
function checkCell(
  column: LocalisedColumn,
  row: TableRow,
  n: number,
  index: number,
  rowName: string,
): AnswerProblem | null {
  const cell = cellOf(row, column);
  const label = column.label;
  const part = `${index}.${column.id}`;
  const where: ProblemValues = rowName ? { row: n, rowName } : { row: n };
  if (typeof cell !== 'string') {
    const wrong = checkDateParts(cell, label, { required: column.required === true, row: n, rowName });
    return wrong && { ...wrong, parts: wrong.parts.map((p) => `${part}.${p}`) };
  }
  if (column.kind === 'choice') {
    if (isBlank(cell) && !column.required) return null;
    if ((column.options ?? []).some((o) => o.value === cell)) return null;
    return { ...problem('cellSelect', { label, ...where }), parts: [part] };
  }
  if (column.required && isBlank(cell)) {
    return { ...problem('cellRequired', { label, ...where }), parts: [part] };
  }
  if (column.maxLength !== undefined && cell.length > column.maxLength) {
    return { ...problem('cellTooLong', { label, ...where, max: column.maxLength }), parts: [part] };
  }
  return null;
}

/** The `table` kind without Zod (table-kind.ts adds its schemas). */
export const tableHelpers: QuestionKindHelpers<TableQuestion, TableAnswer> = {
  kind: 'table',
  description:
    'A table the person fills in row by row, with columns the template sets (text, date or a choice), for example an action plan or an evidence log.',
  read: (_question, value) => readTableAnswer(value),
  readAny: readTableAnswer,
  empty: () => [],
  isEmpty: (rows) => rows.every(rowIsBlank),
  check: (question, rows) => {
    const filled = rows.filter((row) => !rowIsBlank(row));
    if (filled.length === 0) {
      if (!question.required) return null;
      return {
        ...(question.requiredMessage !== undefined
          ? problem('custom', { text: question.requiredMessage })
          : problem('tableRequired', { label: question.label, rowName: question.rowName?.trim() ?? '' })),
        parts: ['add'],
      };
    }
    const max = maxRowsOf(question);
    if (rows.length > max) {
      return {
        ...problem('tableTooManyRows', { label: question.label, max, remove: rows.length - max }),
        parts: ['add'],
      };
    }
    for (const [index, row] of rows.entries()) {
      if (rowIsBlank(row)) continue;
      for (const column of question.columns) {
        const problem = checkCell(column, row, index + 1, index, question.rowName?.trim() ?? '');
        if (problem) return problem;
      }
    }
    return null;
  },
  text: (rows, question) =>
    rows
      .filter((row) => !rowIsBlank(row))
      .map((row) =>
        question.columns
          .map((column) => [column.label, cellText(column, row)] as const)
          .filter(([, text]) => !isBlank(text))
          .map(([label, text]) => `${label}: ${text}`)
          .join('; '),
      )
      .join('\n'),
  same: (a, b) => a.length === b.length && a.every((row, i) => sameRow(row, b[i]!)),
  /**
   * From another table as it is. From a text or textarea: the whole text becomes the first text column
   * of one row (nothing typed is lost; the other columns are left for the person), when the table has a
   * text column and the text fits in a cell. Anything else: undefined (kept as no longer asked).
   */
  convertFrom: ({ kind, value }, question) => {
    if (kind === 'table') return readTableAnswer(value);
    if ((kind === 'text' || kind === 'textarea') && typeof value === 'string') {
      if (value === '') return [];
      const column = question.columns.find((c) => c.kind === 'text');
      if (!column || value.length > MAX_TABLE_CELL_LENGTH) return undefined;
      return [{ id: 'row-1', cells: { [column.id]: value } }];
    }
    return undefined;
  },
};

/** True when two rows have the same id and the same cells. */
export function sameRow(a: TableRow, b: TableRow): boolean {
  if (a.id !== b.id) return false;
  const keys = new Set([...Object.keys(a.cells), ...Object.keys(b.cells)]);
  return [...keys].every((k) => sameCell(a.cells[k], b.cells[k]));
}

function sameCell(a: TableCell | undefined, b: TableCell | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.day === b.day && a.month === b.month && a.year === b.year;
}
