import { MAX_TABLE_CELL_LENGTH } from '@schemas/kinds/table/helpers.ts';
import { type TableQuestion } from '@schemas/kinds/table/table-kind.ts';
import type { Localised } from '@schemas/local-text.ts';
import { classNames, describedBy } from '@/components/class-names.ts';
import { DATE_PARTS, DateInput, type DatePart } from '@/components/date-input.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { type AnswersForm } from '@/features/assessment-form/answers-form.ts';

type Column = Localised<TableQuestion>['columns'][number];

/** The id of a cell's field: `${question}-row-${n}-${column}` (a date's parts add `-day` etc.). */
export function cellId(questionId: string, index: number, columnId: string): string {
  return `${questionId}-row-${index + 1}-${columnId}`;
}

export type CellProblem = { columnId: string; message: string; dateParts?: DatePart[] };

/** The fields of one row: a text input, a GOV.UK date input or a select per column. */
export function TableRowFields({
  questionId,
  index,
  columns,
  form,
  readOnly,
  problem,
}: {
  questionId: string;
  index: number;
  columns: Column[];
  form: AnswersForm;
  readOnly: boolean;
  problem?: CellProblem;
}) {
  const t = useT();
  const name = (columnId: string) => `${questionId}.${index}.cells.${columnId}`;
  return (
    <>
      {columns.map((column) => {
        const id = cellId(questionId, index, column.id);
        const error = problem?.columnId === column.id ? problem.message : undefined;
        const hintId = column.hint ? `${id}-hint` : false;
        if (column.kind === 'date') {
          const part = (p: DatePart) => ({ ...form.register(`${name(column.id)}.${p}`), maxLength: 20 });
          return (
            <DateInput
              key={column.id}
              id={id}
              legend={column.label}
              legendClassName="govuk-fieldset__legend--s"
              hint={column.hint}
              error={error ? { message: error, parts: problem?.dateParts ?? DATE_PARTS } : undefined}
              inputs={{ day: part('day'), month: part('month'), year: part('year') }}
              readOnly={readOnly}
            />
          );
        }
        return (
          <div key={column.id} className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
            <label className="govuk-label govuk-label--s" htmlFor={id}>
              {column.label}
            </label>
            {column.hint && (
              <div id={`${id}-hint`} className="govuk-hint">
                {column.hint}
              </div>
            )}
            {error && (
              <p id={`${id}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            {column.kind === 'choice' ? (
              <select
                {...form.register(name(column.id))}
                id={id}
                className={classNames('govuk-select', error && 'govuk-select--error')}
                aria-describedby={describedBy(hintId, error ? `${id}-error` : false)}
                disabled={readOnly}
              >
                <option value="">{t('table.choose')}</option>
                {(column.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type="text"
                {...form.register(name(column.id))}
                id={id}
                maxLength={column.maxLength ?? MAX_TABLE_CELL_LENGTH}
                className={classNames('govuk-input', error && 'govuk-input--error')}
                aria-describedby={describedBy(hintId, error ? `${id}-error` : false)}
                readOnly={readOnly}
              />
            )}
          </div>
        );
      })}
    </>
  );
}
