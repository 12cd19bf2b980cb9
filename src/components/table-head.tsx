import { type ReactNode } from 'react';

export type TableColumn = { label: ReactNode; numeric?: boolean };

/** A GOV.UK table's header row: one `th scope="col"` a column, numeric columns right-aligned. */
export function TableHead({ columns }: { columns: readonly TableColumn[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, i) => (
          <th
            key={i}
            scope="col"
            className={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
