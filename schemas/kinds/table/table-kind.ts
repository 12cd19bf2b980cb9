import { z } from 'zod';
import { problem } from '../../answer-problems.ts';
import { checkDateParts } from '../../dates.ts';
import { localTextSchema, requiredLocalTextSchema } from '../../local-text.ts';
import { baseQuestionShape } from '../base-question.ts';
import type { AnswerProblem, QuestionKindSchemas } from '../kind.ts';
import { optionLabel, optionsSchema } from '../options.ts';
import { isBlank } from '../text-answer.ts';

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

export const columnIdSchema = z
  .string()
  .max(50)
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'Use letters and digits, starting with a small letter');

export const tableColumnSchema = z
  .strictObject({
    id: columnIdSchema,
    label: requiredLocalTextSchema,
    hint: localTextSchema.optional(),
    kind: z.enum(TABLE_COLUMN_KINDS),
    /** Must be given in every row that has anything in it, to mark the section completed. */
    required: z.boolean().optional(),
    /** The options of a `choice` column (radios, or a select in the row). */
    options: optionsSchema.optional(),
    /** Maximum characters in a `text` cell. */
    maxLength: z.number().int().positive().max(MAX_TABLE_CELL_LENGTH).optional(),
  })
  .refine((c) => (c.kind === 'choice') === (c.options !== undefined), {
    message: 'A choice column lists its options; other columns have none',
    path: ['options'],
  });
export type TableColumn = z.infer<typeof tableColumnSchema>;

export const tableQuestionSchema = z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('table'),
  columns: z
    .array(tableColumnSchema)
    .min(1, 'Give the table at least one column')
    .max(MAX_TABLE_COLUMNS)
    .superRefine((columns, ctx) => {
      const seen = new Set<string>();
      columns.forEach((column, index) => {
        if (seen.has(column.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `Two columns have the id "${column.id}": give each column its own id`,
          });
        }
        seen.add(column.id);
      });
    }),
  /** The most rows a person may add (DEFAULT_MAX_ROWS when not given). */
  maxRows: z.number().int().min(1).max(MAX_TABLE_ROWS).optional(),
  /** What one row is, in the singular: "action" gives "Add another action" (default "row"). */
  rowName: localTextSchema.optional(),
});
export type TableQuestion = z.infer<typeof tableQuestionSchema>;

export const rowIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'A row id is letters, digits, "-" and "_"');

/** A date cell as typed (GOV.UK day, month and year); every part required so it is told from text. */
export const dateCellSchema = z.object({
  day: z.string().max(20),
  month: z.string().max(20),
  year: z.string().max(20),
});
export type DateCell = z.infer<typeof dateCellSchema>;

/** A cell as drafted: text (a text or choice column) or a date's parts. Cells of unknown columns are kept. */
export const tableCellSchema = z.union([z.string().max(MAX_TABLE_CELL_LENGTH), dateCellSchema]);
export type TableCell = z.infer<typeof tableCellSchema>;

export const tableRowSchema = z.object({
  id: rowIdSchema,
  cells: z
    .record(z.string().min(1).max(100), tableCellSchema)
    .refine((cells) => Object.keys(cells).length <= 100, { message: 'A row holds at most 100 cells' }),
});
export type TableRow = z.infer<typeof tableRowSchema>;

/** The rows in order; ids unique (a file with two rows of one id is refused, so merge can trust them). */
export const tableAnswerSchema = z
  .array(tableRowSchema)
  .max(MAX_TABLE_ROWS)
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(row.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Two rows have the id "${row.id}"` });
      }
      seen.add(row.id);
    });
  });
export type TableAnswer = z.infer<typeof tableAnswerSchema>;

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

/** The first problem with one cell, or null. `n` is the row's number as people count (1, 2, …). */
function checkCell(column: LocalisedColumn, row: TableRow, n: number, index: number): AnswerProblem | null {
  const cell = cellOf(row, column);
  const label = column.label;
  const part = `${index}.${column.id}`;
  if (typeof cell !== 'string') {
    const wrong = checkDateParts(cell, label, { required: column.required === true, row: n });
    return wrong && { ...wrong, parts: wrong.parts.map((p) => `${part}.${p}`) };
  }
  if (column.kind === 'choice') {
    if (isBlank(cell) && !column.required) return null;
    if ((column.options ?? []).some((o) => o.value === cell)) return null;
    return { ...problem('cellSelect', { label, row: n }), parts: [part] };
  }
  if (column.required && isBlank(cell)) {
    return { ...problem('cellRequired', { label, row: n }), parts: [part] };
  }
  if (column.maxLength !== undefined && cell.length > column.maxLength) {
    return { ...problem('cellTooLong', { label, row: n, max: column.maxLength }), parts: [part] };
  }
  return null;
}

/** Repeating rows with typed columns (text, date, choice), added, removed and reordered by the person. */
export const tableKind: QuestionKindSchemas<TableQuestion, TableAnswer> = {
  kind: 'table',
  description:
    'A table the person fills in row by row, with columns the template sets (text, date or a choice), for example an action plan or an evidence log.',
  question: tableQuestionSchema,
  answer: () => tableAnswerSchema,
  anyAnswer: tableAnswerSchema,
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
        const problem = checkCell(column, row, index + 1, index);
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
    if (kind === 'table') return tableAnswerSchema.safeParse(value).data;
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
