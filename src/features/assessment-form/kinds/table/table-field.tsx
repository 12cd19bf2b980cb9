import { maxRowsOf, newRowId } from '@schemas/kinds/table/helpers.ts';
import { type TableRow } from '@schemas/kinds/table/table-kind.ts';
import { useRef, useState } from 'react';
import { useFieldArray, type Control } from 'react-hook-form';
import { classNames, describedBy } from '@/components/class-names.ts';
import { type DatePart } from '@/components/date-input.tsx';
import { HintAndError } from '@/components/hint-and-error.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';
import { cellId, TableRowFields, type CellProblem } from './table-row-fields.tsx';
import './table-field.scss';

export function addRowId(questionId: string): string {
  return `${questionId}-add`;
}

function rowLegendId(questionId: string, index: number): string {
  return `${questionId}-row-${index + 1}`;
}

/** "Action" from "action": the row's name at the start of a legend. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A table question as GOV.UK "add another": one fieldset per row ("Action 2") with a field per column,
 * and buttons to remove the row or move it up or down, each named for its row ("Remove action 2").
 * Focus lands where the person's attention is after each action: the new row's first field, the row
 * that took a removed row's place (or the add button when none is left), the moved row's same button.
 * A status message says what happened, for screen reader users. Rows keep their id through every move.
 */
export function TableField({ question, form, readOnly, hint, details, problem }: KindFieldProps) {
  const { fields, append, remove, move } = useFieldArray({
    control: form.control as unknown as Control<Record<string, TableRow[]>>,
    name: question.id,
    keyName: 'fieldKey',
  });
  const [status, setStatus] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const t = useT();
  if (question.kind !== 'table') return null;
  const columns = question.columns;
  const max = maxRowsOf(question);
  // The template's word for a row ("action"), else "row" in the interface language.
  const rowName = question.rowName?.trim() || t('table.row');
  const RowName = capitalise(rowName);
  const full = fields.length >= max;

  /** Focuses an element once React has drawn the change. */
  const focusSoon = (id: string) => {
    requestAnimationFrame(() => {
      const element = container.current?.ownerDocument.getElementById(id);
      element?.focus();
    });
  };
  const firstFieldId = (index: number) => {
    const first = columns[0]!;
    const id = cellId(question.id, index, first.id);
    return first.kind === 'date' ? `${id}-day` : id;
  };

  const part = problem?.dateParts?.[0] as string | undefined;
  const [rowPart, columnPart, datePart] = (part ?? '').split('.');
  const rowProblem = (index: number): CellProblem | undefined =>
    problem && rowPart === String(index) && columnPart
      ? {
          columnId: columnPart,
          message: problem.message,
          ...(datePart
            ? {
                dateParts: (problem.dateParts ?? [])
                  .map((p) => String(p).split('.')[2])
                  .filter(Boolean) as DatePart[],
              }
            : {}),
        }
      : undefined;
  const tableError = problem && (part === 'add' || part === undefined) ? problem.message : undefined;

  return (
    <div
      ref={container}
      className={classNames('govuk-form-group app-add-another', tableError && 'govuk-form-group--error')}
    >
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(
          hint ? `${question.id}-hint` : false,
          tableError ? `${question.id}-error` : false,
        )}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{question.label}</legend>
        <HintAndError id={question.id} hint={hint} details={details} error={tableError} />
        {fields.length === 0 && <p className="govuk-body">{t('table.empty')}</p>}
        {fields.map((row, index) => {
          const number = index + 1;
          return (
            <fieldset key={row.fieldKey} className="govuk-fieldset app-add-another__item">
              <legend
                id={rowLegendId(question.id, index)}
                tabIndex={-1}
                className="govuk-fieldset__legend govuk-fieldset__legend--s app-add-another__title"
              >
                {t('table.legend', { RowName, number })}
              </legend>
              <TableRowFields
                questionId={question.id}
                index={index}
                columns={columns}
                form={form}
                readOnly={readOnly}
                {...(rowProblem(index) ? { problem: rowProblem(index)! } : {})}
              />
              {!readOnly && (
                <div className="govuk-button-group app-add-another__actions">
                  {index > 0 && (
                    <button
                      type="button"
                      id={`${question.id}-row-${index + 1}-up`}
                      className="govuk-button govuk-button--secondary"
                      onClick={() => {
                        move(index, index - 1);
                        setStatus(t('table.movedUp', { RowName, rowName, number, now: index }));
                        focusSoon(
                          index - 1 > 0
                            ? `${question.id}-row-${index}-up`
                            : `${question.id}-row-${index}-down`,
                        );
                      }}
                    >
                      {t('table.moveUp', { rowName, number })}
                    </button>
                  )}
                  {index < fields.length - 1 && (
                    <button
                      type="button"
                      id={`${question.id}-row-${index + 1}-down`}
                      className="govuk-button govuk-button--secondary"
                      onClick={() => {
                        move(index, index + 1);
                        setStatus(t('table.movedDown', { RowName, rowName, number, now: index + 2 }));
                        focusSoon(
                          index + 1 < fields.length - 1
                            ? `${question.id}-row-${index + 2}-down`
                            : `${question.id}-row-${index + 2}-up`,
                        );
                      }}
                    >
                      {t('table.moveDown', { rowName, number })}
                    </button>
                  )}
                  <button
                    type="button"
                    id={`${question.id}-row-${index + 1}-remove`}
                    className="govuk-button govuk-button--secondary"
                    onClick={() => {
                      remove(index);
                      setStatus(t('table.removed', { RowName, number }));
                      const left = fields.length - 1;
                      focusSoon(
                        left === 0
                          ? addRowId(question.id)
                          : rowLegendId(question.id, Math.min(index, left - 1)),
                      );
                    }}
                  >
                    {t('table.remove', { rowName, number })}
                  </button>
                </div>
              )}
            </fieldset>
          );
        })}
        {!readOnly &&
          (full ? (
            <div className="govuk-inset-text" id={addRowId(question.id)} tabIndex={-1}>
              {t('table.full', { max })}
            </div>
          ) : (
            <button
              type="button"
              id={addRowId(question.id)}
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                const cells = Object.fromEntries(
                  columns.map((c) => [c.id, c.kind === 'date' ? { day: '', month: '', year: '' } : '']),
                );
                append({ id: newRowId(), cells }, { shouldFocus: false });
                setStatus(t('table.added', { RowName, number: fields.length + 1 }));
                focusSoon(firstFieldId(fields.length));
              }}
            >
              {fields.length === 0 ? t('table.addFirst', { rowName }) : t('table.addAnother', { rowName })}
            </button>
          ))}
        <div className="govuk-visually-hidden" role="status" aria-live="polite">
          {status}
        </div>
      </fieldset>
    </div>
  );
}
