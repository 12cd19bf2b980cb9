import { z } from 'zod';
import { localTextSchema, requiredLocalTextSchema } from '../../local-text.ts';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { optionsSchema } from '../options.ts';
import {
  MAX_TABLE_CELL_LENGTH,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  TABLE_COLUMN_KINDS,
  tableHelpers,
} from './helpers.ts';

export {
  DEFAULT_MAX_ROWS,
  EMPTY_DATE_CELL,
  MAX_TABLE_CELL_LENGTH,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  TABLE_COLUMN_KINDS,
  cellOf,
  cellText,
  maxRowsOf,
  newRowId,
  readTableAnswer,
  rowIsBlank,
  rowNameOf,
  sameRow,
  type TableColumnKind,
} from './helpers.ts';

/**
 * Repeating rows with typed columns, e.g. an action plan (action, owner, due date, status) or an
 * evidence log (source, date, what it showed). Each row has a stable id, made when the row is added
 * and never changed, so that the rows of two returned copies can be merged row by row (src/domain/merge.ts).
 */
export const columnIdSchema = /* @__PURE__ */ z
  .string()
  .max(50)
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'Use letters and digits, starting with a small letter');

export const tableColumnSchema = /* @__PURE__ */ z
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

export const tableQuestionSchema = /* @__PURE__ */ z.strictObject({
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

export const rowIdSchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'A row id is letters, digits, "-" and "_"');

/** A date cell as typed (GOV.UK day, month and year); every part required so it is told from text. */
export const dateCellSchema = /* @__PURE__ */ z.object({
  day: z.string().max(20),
  month: z.string().max(20),
  year: z.string().max(20),
});
export type DateCell = z.infer<typeof dateCellSchema>;

/** A cell as drafted: text (a text or choice column) or a date's parts. Cells of unknown columns are kept. */
export const tableCellSchema = /* @__PURE__ */ z.union([
  z.string().max(MAX_TABLE_CELL_LENGTH),
  dateCellSchema,
]);
export type TableCell = z.infer<typeof tableCellSchema>;

export const tableRowSchema = /* @__PURE__ */ z.object({
  id: rowIdSchema,
  cells: z
    .record(z.string().min(1).max(100), tableCellSchema)
    .refine((cells) => Object.keys(cells).length <= 100, { message: 'A row holds at most 100 cells' }),
});
export type TableRow = z.infer<typeof tableRowSchema>;

/** The rows in order; ids unique (a file with two rows of one id is refused, so merge can trust them). */
export const tableAnswerSchema = /* @__PURE__ */ z
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

/** Repeating rows with typed columns (text, date, choice), added, removed and reordered by the person. */
export const tableKind: QuestionKindSchemas<TableQuestion, TableAnswer> = {
  ...tableHelpers,
  question: tableQuestionSchema,
  answer: () => tableAnswerSchema,
  anyAnswer: tableAnswerSchema,
};
