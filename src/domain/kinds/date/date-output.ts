import type { DateParts } from '@schemas/answers.ts';
import { datePartsToIso } from '@schemas/dates.ts';
import { formatDateParts } from '../../long-date.ts';
import type { OutputKind } from '../output-kind.ts';

export const dateOutput: OutputKind = {
  kind: 'date',
  /** "11 September 2019", "11 Medi 2019" in a Welsh appendix; "31/2/19 (not a real date)" as typed. */
  output: (_question, value, words) => ({
    kind: 'text',
    blocks: [
      { kind: 'paragraph', text: formatDateParts(value as DateParts, words.language, words.notRealDate) },
    ],
  }),
  displayText: (_question, value) => {
    const parts = value as DateParts;
    return [parts.day, parts.month, parts.year].join(' / ');
  },
  /** ISO (2019-09-11) when it is a real date, so a spreadsheet can sort it; otherwise as typed. */
  csvCell: (_question, value) => {
    const parts = value as DateParts;
    return datePartsToIso(parts) ?? [parts.day, parts.month, parts.year].join('/');
  },
};
