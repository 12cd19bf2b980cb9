import { useState, type ReactNode } from 'react';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { TextInput } from '@/components/text-input.tsx';
import { optionsFromLabels } from '@/domain/designer/option-list.ts';
import {
  addColumn,
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
  const t = useT();
  const focusAfter = useFocusAfter();
  const [heading, setHeading] = useState('');
  const [kind, setKind] = useState<TableColumnKind>('text');
  const [error, setError] = useState('');
  const setColumns = (next: DraftColumn[], group?: string) => edit({ columns: next }, group);
  const columnId = (c: DraftColumn, field: string) => `${idPrefix}-col-${c.id}-${field}`;
  /** A column's name in a sentence: its heading (the template's English, tagged so), or its number. */
  const nameNode = (c: DraftColumn, i: number): ReactNode =>
    c.label.en.trim() ? <InEnglish>{c.label.en.trim()}</InEnglish> : String(i + 1);

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
      setError(t('designer.columns.newError'));
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
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{t('designer.columns.heading')}</h4>
      {columns.length === 0 ? <p className="govuk-body-s">{t('designer.columns.none')}</p> : null}
      <ol className="govuk-list app-designer-list">
        {columns.map((c, i) => {
          const named = nameNode(c, i);
          return (
            <li key={`${c.id}-${i}`} className="app-designer-column">
              <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-2">
                {c.label.en.trim() ? (
                  <RichMessage
                    id="designer.columns.numberedNamed"
                    values={{ number: i + 1, heading: <InEnglish>{c.label.en}</InEnglish> }}
                  />
                ) : (
                  t('designer.columns.numbered', { number: i + 1 })
                )}
              </p>
              <LocalTextField
                id={columnId(c, 'label')}
                label={
                  <>
                    {t('designer.columns.headingLabel')}
                    <span className="govuk-visually-hidden">
                      {' '}
                      {t('designer.columns.ofColumn', { number: i + 1 })}
                    </span>
                  </>
                }
                name={<RichMessage id="designer.columns.headingName" values={{ name: named }} />}
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
                  {t('designer.columns.type')}
                  <span className="govuk-visually-hidden">
                    {' '}
                    {t('designer.columns.ofColumn', { number: i + 1 })}
                  </span>
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
                      label={t(welsh ? 'designer.columns.optionsEnglish' : 'designer.columns.options', {
                        number: i + 1,
                      })}
                      hint={t('designer.options.hint')}
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
                        context={
                          <RichMessage id="designer.columns.optionsContext" values={{ name: named }} />
                        }
                        id={columnId(c, 'options')}
                        legend={t('designer.columns.optionsWelsh', { number: i + 1 })}
                        itemName={t('designer.options.item')}
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
                      {t('designer.columns.required', { number: i + 1 })}
                    </label>
                  </div>
                </div>
              </div>
              <p className="govuk-body-s govuk-!-margin-bottom-0 app-designer-actions">
                {i > 0 ? (
                  <LinkButton id={columnId(c, 'left')} onClick={() => move(c, i, -1)}>
                    <RichMessage id="designer.columns.moveLeft" values={{ name: named }} />
                  </LinkButton>
                ) : null}
                {i < columns.length - 1 ? (
                  <LinkButton id={columnId(c, 'right')} onClick={() => move(c, i, 1)}>
                    <RichMessage id="designer.columns.moveRight" values={{ name: named }} />
                  </LinkButton>
                ) : null}
                <LinkButton id={columnId(c, 'remove')} onClick={() => remove(c, i)}>
                  <RichMessage id="designer.columns.remove" values={{ name: named }} />
                </LinkButton>
              </p>
            </li>
          );
        })}
      </ol>
      <div className="app-designer-new-column">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{t('designer.columns.addHeading')}</h4>
        <TextInput
          id={`${idPrefix}-new-column`}
          label={t('designer.columns.newHeading')}
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
            {t('designer.columns.newType')}
          </label>
          <ColumnKindSelect id={`${idPrefix}-new-column-kind`} value={kind} onChange={setKind} />
        </div>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={add}>
          {t('designer.columns.add')}
        </button>
      </div>
      <TextInput
        id={`${idPrefix}-max-rows`}
        label={t('designer.columns.maxRows')}
        hint={t('designer.columns.maxRowsHint')}
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
        label={t('designer.columns.rowName')}
        name={t('designer.columns.rowNameName')}
        hint={t('designer.columns.rowNameHint')}
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
  const t = useT();
  return (
    <select
      className="govuk-select app-designer-select"
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value as TableColumnKind)}
    >
      {TABLE_COLUMN_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`designer.columns.kind.${k}`)}
        </option>
      ))}
    </select>
  );
}
