import { useState } from 'react';
import { LinkButton } from '@/components/link-button.tsx';
import { TextInput } from '@/components/text-input.tsx';
import { optionsFromLabels } from '@/domain/designer/option-list.ts';
import {
  addColumn,
  COLUMN_KIND_NAMES,
  editColumn,
  moveColumn,
  removeColumn,
  withColumnKind,
  type DraftColumn,
} from '@/domain/designer/table-columns.ts';
import type { LocalText } from '@schemas/local-text.ts';
import { TABLE_COLUMN_KINDS, type TableColumnKind } from '@schemas/kinds/table/table-kind.ts';
import { ListTextarea } from '@/features/templates/list-textarea.tsx';
import { LocalTextField } from '@/features/templates/local-text-field.tsx';
import { WelshListFields } from '@/features/templates/welsh-list-fields.tsx';
import { useFocusAfter } from '@/features/templates/use-focus-after.ts';
import type { KindEditorProps } from './index.ts';

type Option = { value: string; label: LocalText; hint?: LocalText };

/**
 * The columns of a table question (add, rename, change kind, options of a choice column, move left or
 * right, remove) and its rows (the most a person may add, what one row is called). Every button names
 * the column it acts on ("Move column Owner left"); focus lands on the moved column's button, the next
 * column's heading after a removal, the new column's heading after an addition. Each change is one edit
 * of the question, so undo and redo cover it.
 */
export function TableColumnsEditor({ question, idPrefix, edit, endTyping, welsh }: KindEditorProps) {
  const q = question as unknown as {
    id: string;
    columns: DraftColumn[];
    maxRows?: number;
    rowName?: { en: string; cy?: string };
  };
  const columns = q.columns ?? [];
  const focusAfter = useFocusAfter();
  const [heading, setHeading] = useState('');
  const [kind, setKind] = useState<TableColumnKind>('text');
  const [error, setError] = useState('');
  const setColumns = (next: DraftColumn[], group?: string) => edit({ columns: next }, group);
  const columnId = (c: DraftColumn, field: string) => `${idPrefix}-col-${c.id}-${field}`;
  const nameOf = (c: DraftColumn, i: number) => c.label.en.trim() || `column ${i + 1}`;

  const move = (c: DraftColumn, i: number, by: -1 | 1) => {
    setColumns(moveColumn(columns, c.id, by));
    const to = i + by;
    const direction = to === 0 ? 'right' : to === columns.length - 1 ? 'left' : by === -1 ? 'left' : 'right';
    focusAfter(columnId(c, direction));
  };
  const remove = (c: DraftColumn, i: number) => {
    setColumns(removeColumn(columns, c.id));
    const next = columns[i + 1] ?? columns[i - 1];
    focusAfter(next ? columnId(next, 'label') : `${idPrefix}-new-column`);
  };
  const add = () => {
    if (heading.trim() === '') {
      setError('Enter a heading for the new column');
      focusAfter(`${idPrefix}-new-column`);
      return;
    }
    const next = addColumn(columns, heading, kind);
    setColumns(next);
    setHeading('');
    setKind('text');
    setError('');
    focusAfter(columnId(next.at(-1)!, 'label'));
  };

  return (
    <div className="app-designer-columns">
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">Columns of the table</h4>
      {columns.length === 0 ? (
        <p className="govuk-body-s">The table has no columns yet: add at least one.</p>
      ) : null}
      <ol className="govuk-list app-designer-list">
        {columns.map((c, i) => {
          const name = nameOf(c, i);
          return (
            <li key={`${c.id}-${i}`} className="app-designer-column">
              <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-2">
                Column {i + 1}
                {c.label.en.trim() ? `: ${c.label.en}` : ''}
              </p>
              <LocalTextField
                id={columnId(c, 'label')}
                label={
                  <>
                    Heading<span className="govuk-visually-hidden"> of column {i + 1}</span>
                  </>
                }
                name={`heading of column ${name}`}
                text={c.label}
                welsh={welsh}
                onChange={({ next, part }) =>
                  setColumns(
                    editColumn(columns, c.id, (col) => ({ ...col, label: next! }) as DraftColumn),
                    part === 'reviewed' ? undefined : `column-label-${part}:${q.id}:${c.id}`,
                  )
                }
                onBlur={endTyping}
              />
              <div className="govuk-form-group">
                <label className="govuk-label" htmlFor={columnId(c, 'kind')}>
                  Type<span className="govuk-visually-hidden"> of column {i + 1}</span>
                </label>
                <ColumnKindSelect
                  id={columnId(c, 'kind')}
                  value={c.kind}
                  onChange={(next) =>
                    setColumns(editColumn(columns, c.id, (col) => withColumnKind(col, next)))
                  }
                />
              </div>
              {c.kind === 'choice' ? (
                <div className={welsh ? 'app-bilingual' : undefined}>
                  <div className={welsh ? 'app-bilingual__half' : undefined}>
                    <ListTextarea
                      id={columnId(c, 'options')}
                      label={`Options of column ${i + 1}${welsh ? ' (English)' : ''}`}
                      hint="One option per line. Paste a list to add many at once."
                      items={((c.options ?? []) as Option[]).map((o) => o.label.en)}
                      separator="line"
                      onChange={(labels) =>
                        setColumns(
                          editColumn(
                            columns,
                            c.id,
                            (col) =>
                              ({
                                ...col,
                                options: optionsFromLabels((col.options ?? []) as Option[], labels),
                              }) as DraftColumn,
                          ),
                          `column-options:${q.id}:${c.id}`,
                        )
                      }
                      onBlur={endTyping}
                    />
                  </div>
                  {welsh ? (
                    <div className="app-bilingual__half">
                      <WelshListFields
                        context={`options of column ${name}`}
                        id={columnId(c, 'options')}
                        legend={`Options of column ${i + 1} (Welsh)`}
                        itemName="option"
                        texts={((c.options ?? []) as Option[]).map((o) => o.label)}
                        onChange={(labels, part) =>
                          setColumns(
                            editColumn(
                              columns,
                              c.id,
                              (col) =>
                                ({
                                  ...col,
                                  options: ((col.options ?? []) as Option[]).map((o, n) => ({
                                    ...o,
                                    label: labels[n]!,
                                  })),
                                }) as DraftColumn,
                            ),
                            part === 'cy' ? `column-options-cy:${q.id}:${c.id}` : undefined,
                          )
                        }
                        onBlur={endTyping}
                      />
                    </div>
                  ) : null}
                </div>
              ) : null}
              <div className="govuk-form-group">
                <div className="govuk-checkboxes govuk-checkboxes--small">
                  <div className="govuk-checkboxes__item">
                    <input
                      className="govuk-checkboxes__input"
                      id={columnId(c, 'required')}
                      type="checkbox"
                      checked={c.required === true}
                      onChange={(e) =>
                        setColumns(
                          editColumn(columns, c.id, (col) => {
                            const { required: _required, ...rest } = col;
                            void _required;
                            return (e.target.checked ? { ...rest, required: true } : rest) as DraftColumn;
                          }),
                        )
                      }
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={columnId(c, 'required')}>
                      Column {i + 1} must be filled in on every row
                    </label>
                  </div>
                </div>
              </div>
              <p className="govuk-body-s govuk-!-margin-bottom-0 app-designer-actions">
                {i > 0 ? (
                  <LinkButton id={columnId(c, 'left')} onClick={() => move(c, i, -1)}>
                    Move column {name} left
                  </LinkButton>
                ) : null}
                {i < columns.length - 1 ? (
                  <LinkButton id={columnId(c, 'right')} onClick={() => move(c, i, 1)}>
                    Move column {name} right
                  </LinkButton>
                ) : null}
                <LinkButton id={columnId(c, 'remove')} onClick={() => remove(c, i)}>
                  Remove column {name}
                </LinkButton>
              </p>
            </li>
          );
        })}
      </ol>
      <div className="app-designer-new-column">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">Add a column</h4>
        <TextInput
          id={`${idPrefix}-new-column`}
          label="Heading of a new column"
          {...(error ? { error } : {})}
          inputProps={{
            value: heading,
            onChange: (e) => setHeading(e.target.value),
            onKeyDown: (e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            },
          }}
        />
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={`${idPrefix}-new-column-kind`}>
            Type of the new column
          </label>
          <ColumnKindSelect id={`${idPrefix}-new-column-kind`} value={kind} onChange={setKind} />
        </div>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={add}>
          Add column
        </button>
      </div>
      <TextInput
        id={`${idPrefix}-max-rows`}
        label="Most rows a person can add (optional)"
        hint="Leave it empty for 50. At most 500."
        widthClassName="govuk-input--width-4"
        inputProps={{
          inputMode: 'numeric',
          value: q.maxRows === undefined ? '' : String(q.maxRows),
          onChange: (e) => {
            const digits = e.target.value.replace(/\D/g, '').slice(0, 3);
            edit({ maxRows: digits === '' || digits === '0' ? undefined : Number(digits) }, `rows:${q.id}`);
          },
          onBlur: endTyping,
        }}
      />
      <LocalTextField
        id={`${idPrefix}-row-name`}
        label="What one row is called (optional)"
        name="name of a row"
        hint="“action” gives the button “Add another action”. Leave it empty for “row”."
        widthClassName="govuk-input--width-20"
        text={q.rowName}
        welsh={welsh}
        optional
        onChange={({ next, part }) =>
          edit({ rowName: next }, part === 'reviewed' ? undefined : `row-name-${part}:${q.id}`)
        }
        onBlur={endTyping}
      />
    </div>
  );
}

/** The select of a column's type (text, date, choice), for a column and for the new one. */
function ColumnKindSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: TableColumnKind;
  onChange: (kind: TableColumnKind) => void;
}) {
  return (
    <select
      className="govuk-select app-designer-select"
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value as TableColumnKind)}
    >
      {TABLE_COLUMN_KINDS.map((k) => (
        <option key={k} value={k}>
          {COLUMN_KIND_NAMES[k]}
        </option>
      ))}
    </select>
  );
}
