import { type AnswerValue } from '@schemas/answers.ts';
import { cellOf, cellText, rowIsBlank } from '@schemas/kinds/table/helpers.ts';
import { type TableAnswer as Value, type TableRow } from '@schemas/kinds/table/table-kind.ts';
import { type Question } from '@schemas/template-definition.ts';
import { formatDateParts } from '@/domain/long-date.ts';

type Column = Extract<Question, { kind: 'table' }>['columns'][number];

/** A cell as the PDF and the CSV print it: a date as "1 February 2026", a choice's label, text as typed. */
function CellAnswer({ column, row }: { column: Column; row: TableRow }) {
  const cell = cellOf(row, column);
  if (typeof cell === 'string') return <>{cellText(column, row)}</>;
  if (cell.day.trim() === '' && cell.month.trim() === '' && cell.year.trim() === '') return null;
  return <>{formatDateParts(cell)}</>;
}

/** The filled rows as a small GOV.UK table on Check your answers (blank rows left out). */
export function TableAnswer({ question, value }: { question: Question; value: AnswerValue }) {
  if (question.kind !== 'table') return null;
  const rows = (value as Value).filter((row) => !rowIsBlank(row));
  return (
    <div>
      {/* Stacked rows under 48em (each cell headed by its column), so nothing scrolls sideways at 320 px. */}
      <table className="govuk-table app-table--stacked">
        <caption className="govuk-table__caption govuk-visually-hidden">{question.label}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {question.columns.map((column) => (
              <th key={column.id} scope="col" className="govuk-table__header">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="govuk-table__row">
              {question.columns.map((column) => (
                <td key={column.id} className="govuk-table__cell" data-label={column.label}>
                  <CellAnswer column={column} row={row} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
