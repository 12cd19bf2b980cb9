import { sameRow, type TableRow } from '@schemas/kinds/table/table-kind.ts';

/**
 * Merging the rows of a table answer (schemas/kinds/table) from two copies of one assessment, row by
 * row, by the rows' stable ids, so that a row added or changed on one side and another added or
 * changed on the other side are both kept, without asking.
 *
 * With `base` (the rows at the common point, when storage has that snapshot) a row deleted on one side
 * and untouched on the other stays deleted; without it nothing can be told deleted, so every row of
 * either side is kept (more rows shown, never fewer). A row changed on both sides (or changed on one
 * and deleted on the other) is a CONFLICT: `yours` and `theirs` then differ only in those rows, and
 * the person chooses between them as for any other answer.
 */
export type RowMerge =
  { clean: true; rows: TableRow[] } | { clean: false; yours: TableRow[]; theirs: TableRow[] };

/** True for a table answer: an array of `{ id, cells }` rows (an empty array too). */
export function isTableRows(value: unknown): value is TableRow[] {
  return (
    Array.isArray(value) &&
    value.every(
      (row) =>
        row !== null &&
        typeof row === 'object' &&
        typeof (row as { id?: unknown }).id === 'string' &&
        typeof (row as { cells?: unknown }).cells === 'object' &&
        (row as { cells?: unknown }).cells !== null,
    )
  );
}

export function mergeTableRows(mine: TableRow[], theirs: TableRow[], base?: TableRow[]): RowMerge {
  const byId = (rows: TableRow[]) => new Map(rows.map((r) => [r.id, r]));
  const m = byId(mine);
  const t = byId(theirs);
  const b = base ? byId(base) : undefined;
  const pickedMine = new Map<string, TableRow | null>();
  const pickedTheirs = new Map<string, TableRow | null>();
  let clean = true;
  const decide = (id: string, yours: TableRow | null, theirsRow: TableRow | null) => {
    pickedMine.set(id, yours);
    pickedTheirs.set(id, theirsRow);
    if (yours !== theirsRow) clean = false;
  };
  const same = (x: TableRow | undefined, y: TableRow | undefined) =>
    x === undefined || y === undefined ? x === y : sameRow(x, y);

  for (const id of new Set([...m.keys(), ...t.keys()])) {
    const here = m.get(id);
    const there = t.get(id);
    const was = b?.get(id);
    if (here && there) {
      if (sameRow(here, there) || (b && same(there, was))) decide(id, here, here);
      else if (b && same(here, was)) decide(id, there, there);
      else decide(id, here, there);
    } else if (here) {
      // Only here: added here (keep), or deleted there (delete unless changed here since).
      if (!b || !was) decide(id, here, here);
      else if (sameRow(here, was)) decide(id, null, null);
      else decide(id, here, null);
    } else if (there) {
      if (!b || !was) decide(id, there, there);
      else if (sameRow(there, was)) decide(id, null, null);
      else decide(id, null, there);
    }
  }
  const order = orderOf(mine, theirs);
  const build = (picked: Map<string, TableRow | null>) =>
    order.map((id) => picked.get(id)).filter((r): r is TableRow => r !== null && r !== undefined);
  return clean
    ? { clean: true, rows: build(pickedMine) }
    : { clean: false, yours: build(pickedMine), theirs: build(pickedTheirs) };
}

/** This side's order, with each row only the other side has placed after the row it follows there. */
function orderOf(mine: TableRow[], theirs: TableRow[]): string[] {
  const order = mine.map((r) => r.id);
  theirs.forEach((row, index) => {
    if (order.includes(row.id)) return;
    const before = theirs
      .slice(0, index)
      .reverse()
      .find((r) => order.includes(r.id));
    order.splice(before ? order.indexOf(before.id) + 1 : 0, 0, row.id);
  });
  return order;
}
