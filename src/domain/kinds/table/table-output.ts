import { cellOf, cellText, rowIsBlank } from '@schemas/kinds/table/helpers.ts';
import { type TableAnswer, type TableQuestion, type TableRow } from '@schemas/kinds/table/table-kind.ts';
import type { Language, Localised } from '@schemas/local-text.ts';
import type { Question } from '@schemas/template-definition.ts';
import { formatDateParts } from '../../long-date.ts';
import type { OutputKind } from '../output-kind.ts';

type Column = Localised<TableQuestion>['columns'][number];

function columnsOf(question: Question): Column[] {
  return question.kind === 'table' ? question.columns : [];
}

/** A cell as printed: a real date as "5 March 2026" ("5 Mawrth 2026"), a choice's label, text as typed. */
function printedCell(column: Column, row: TableRow, language: Language = 'en'): string {
  const cell = cellOf(row, column);
  if (typeof cell !== 'string') {
    return cell.day.trim() === '' && cell.month.trim() === '' && cell.year.trim() === ''
      ? ''
      : formatDateParts(cell, language);
  }
  return cellText(column, row);
}

function filledRows(value: TableAnswer): TableRow[] {
  return value.filter((row) => !rowIsBlank(row));
}

/** A real table (header row repeated on each page it spans, in the PDF); blank rows are left out. */
export const tableOutput: OutputKind = {
  kind: 'table',
  output: (question, value, words) => {
    const columns = columnsOf(question);
    return {
      kind: 'text',
      blocks: [
        {
          kind: 'table',
          caption: question.label,
          columns: columns.map((c) => c.label),
          // Free text gets the room; a date ("30 September 2026") keeps to one line; a status is short.
          widths: columns.map((c) => (c.kind === 'text' ? 2 : c.kind === 'date' ? 1.5 : 1)),
          rows: filledRows(value as TableAnswer).map((row) =>
            columns.map((c) => printedCell(c, row, words.language)),
          ),
        },
      ],
    };
  },
  displayText: (question, value) => tableLines(question, value as TableAnswer).join('\n'),
  /** One line per row: "Row 1: Action: …; Owner: …; Due date: 5 March 2026; Status: Open". */
  csvCell: (question, value) => tableLines(question, value as TableAnswer).join('\n'),
};

/** Every filled row as one line of "Column: text" pairs (cells of columns the template no longer has too). */
function tableLines(question: Question, value: TableAnswer): string[] {
  const columns = columnsOf(question);
  const known = new Set(columns.map((c) => c.id));
  return filledRows(value).map((row, i) => {
    const cells = columns
      .map((c) => [c.label, printedCell(c, row)] as const)
      .filter(([, text]) => text.trim() !== '');
    const others = Object.entries(row.cells)
      .filter(([id]) => !known.has(id))
      .map(([id, cell]) => [id, typeof cell === 'string' ? cell : formatDateParts(cell)] as const);
    return `Row ${i + 1}: ${[...cells, ...others].map(([label, text]) => `${label}: ${text}`).join('; ')}`;
  });
}
