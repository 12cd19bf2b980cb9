import type { LocalText } from '@schemas/local-text.ts';
import type { TableColumn, TableColumnKind } from '@schemas/kinds/table/table-kind.ts';
import { withEnglish } from './edit-template.ts';

/**
 * The designer's edits of a table question's columns, as pure functions from one list of columns to the
 * next (the question editor sends the new list as one edit, so undo and redo cover every change). A
 * column's id is made from its heading when it is added and never changes afterwards, so answers typed
 * in the column keep pointing at it when it is renamed or moved.
 */
export type DraftColumn = TableColumn;

/** A column id from a heading ("Due date" → "dueDate"), not one of `columns`' ids. */
export function newColumnId(columns: readonly { id: string }[], heading: string): string {
  const words = heading
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  let base = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('')
    .slice(0, 40);
  if (!/^[a-z]/.test(base)) base = `column${base}`;
  const used = new Set(columns.map((c) => c.id));
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** The columns with a new one at the end (a choice column starts with no options). */
export function addColumn(
  columns: readonly DraftColumn[],
  heading: string,
  kind: TableColumnKind = 'text',
): DraftColumn[] {
  const column = { id: newColumnId(columns, heading), label: { en: heading.trim() }, kind } as DraftColumn;
  return [...columns, kind === 'choice' ? { ...column, options: [] } : column];
}

export function removeColumn(columns: readonly DraftColumn[], id: string): DraftColumn[] {
  return columns.filter((c) => c.id !== id);
}

/** The column moved one place left (-1) or right (1); unchanged at either end. */
export function moveColumn(columns: readonly DraftColumn[], id: string, by: -1 | 1): DraftColumn[] {
  const from = columns.findIndex((c) => c.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  const [column] = next.splice(from, 1);
  next.splice(to, 0, column!);
  return next;
}

/** One column changed by `change`; the others as they are. */
export function editColumn(
  columns: readonly DraftColumn[],
  id: string,
  change: (column: DraftColumn) => DraftColumn,
): DraftColumn[] {
  return columns.map((c) => (c.id === id ? change(c) : c));
}

/** A new heading in English (its Welsh kept and marked for review). */
export function renameColumn(column: DraftColumn, english: string): DraftColumn {
  return { ...column, label: withEnglish(column.label, english) as LocalText };
}

/**
 * The column with another kind: a choice column gets an (empty) list of options, other kinds lose
 * theirs; a maximum length only applies to text.
 */
export function withColumnKind(column: DraftColumn, kind: TableColumnKind): DraftColumn {
  if (column.kind === kind) return column;
  const { options: _options, maxLength, ...rest } = column;
  void _options;
  return {
    ...rest,
    kind,
    ...(kind === 'choice' ? { options: column.options ?? [] } : {}),
    ...(kind === 'text' && maxLength !== undefined ? { maxLength } : {}),
  } as DraftColumn;
}
