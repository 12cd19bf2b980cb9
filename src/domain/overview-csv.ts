import { GROUP_STATE_LABELS, type Overview } from './overview.ts';

/**
 * The overview as a CSV file that opens correctly in Excel: UTF-8 with a byte-order mark (or Excel
 * guesses the wrong encoding and mangles “ ” – é ŵ), CRLF line ends, every field quoted (so commas,
 * quotes and line breaks inside titles survive), and no formula injection: a field that starts with
 * =, +, -, @, tab or carriage return gets a leading apostrophe, so Excel shows it as text instead of
 * running it (OWASP "CSV injection").
 */

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function overviewCsv(overview: Overview): string {
  const header = [
    'Title',
    'Status',
    'Revision',
    'Assessor',
    'Sections completed',
    'Missing',
    'To look at',
    'Open comments',
    'Last edited',
    ...overview.columns.map((c) => c.label),
  ];
  const lines = [header.map(csvField).join(',')];
  for (const row of overview.rows) {
    const fields: Array<string | number> = [
      row.title,
      row.statusLabel,
      row.revision,
      row.assessorName,
      row.sections,
      row.missing,
      row.weak,
      row.openComments,
      csvDateTime(row.updatedAt),
      ...overview.columns.map((c) => {
        const state = row.groups[c.questionId];
        return state ? GROUP_STATE_LABELS[state] : '';
      }),
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return csvDocument(lines);
}

/** Lines of quoted fields as the file Excel opens correctly: byte-order mark, CRLF line ends. */
export function csvDocument(lines: readonly string[]): string {
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** One CSV line of fields. */
export function csvLine(fields: ReadonlyArray<string | number>): string {
  return fields.map(csvField).join(',');
}

export function overviewCsvFileName(now: Date): string {
  return `eia-overview-${csvDateTime(now.toISOString()).slice(0, 10)}.csv`;
}

/** "2026-03-04 15:07" in the user's time zone: Excel reads it as a date and time it can sort. */
export function csvDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
