import { Text, View } from '@react-pdf/renderer';
import type { Styles } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { PdfBlock, PdfBlockKind } from '@/domain/pdf-view-model.ts';
import { styles } from './styles.ts';

/**
 * How each kind of view-model block is laid out in the PDF: one entry per kind (the HTML appendix has
 * the same registry in src/html/blocks.ts). A new kind of block is one more entry here.
 * Each block returns direct children of the page where it can, so long answers flow across pages.
 */
type BlockOf<K extends PdfBlockKind> = Extract<PdfBlock, { kind: K }>;
type BlockProps<K extends PdfBlockKind> = { block: BlockOf<K>; style: Styles[string] };
export type PdfBlockRegistry = { [K in PdfBlockKind]: (props: BlockProps<K>) => ReactElement };

/**
 * "No page break straight after this element": react-pdf's paginator turns `minPresenceAhead` into a
 * window after the element in which no break may fall, and never breaks between an element and such a
 * window. A table keeps its header row with its first row, the first row with the second, and the last
 * two rows together: a table that splits leaves at least two rows on each page (no lone first row under
 * a label at the foot of a page, no lone last row at the top of the next), and a table of two or three
 * rows never splits. The question's label is kept with the table by QuestionItem.
 */
const KEEP_WITH_NEXT = 0.01;

function keepsWithNextRow(row: number, rows: number): boolean {
  return row === 0 || row === rows - 2;
}

/** Lines in a short paragraph: it is kept whole on one page rather than split. */
const SHORT_PARAGRAPH = 6;

export const pdfBlocks: PdfBlockRegistry = {
  paragraph: ({ block, style }) => (
    <Text style={style} wrap={!isShort(block.text)} orphans={3} widows={3}>
      {block.text}
    </Text>
  ),
  bullets: ({ block, style }) => (
    <View style={style}>
      {block.items.map((item, j) => (
        <View key={j} style={styles.bulletRow} wrap={!isShort(item)}>
          <Text style={styles.bulletMark}>•</Text>
          <Text style={styles.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  ),
  table: ({ block, style }) => (
    <View style={[style, styles.table]}>
      {/* No caption here: the question's label is printed just above (the HTML keeps it as <caption>). */}
      {/* fixed inside a wrapping View: the header row is repeated on every page the table spans. */}
      <View fixed style={[styles.tableRow, styles.tableHeadRow]} minPresenceAhead={KEEP_WITH_NEXT}>
        {block.columns.map((column, c) => (
          <Text key={c} style={[styles.tableCell, styles.tableHeadCell, { flex: block.widths?.[c] ?? 1 }]}>
            {column}
          </Text>
        ))}
      </View>
      {block.rows.map((row, r) => (
        <View
          key={r}
          style={styles.tableRow}
          wrap={false}
          {...(keepsWithNextRow(r, block.rows.length) ? { minPresenceAhead: KEEP_WITH_NEXT } : {})}
        >
          {block.columns.map((_, c) => (
            <Text key={c} style={[styles.tableCell, { flex: block.widths?.[c] ?? 1 }]}>
              {row[c] ?? ''}
            </Text>
          ))}
        </View>
      ))}
    </View>
  ),
};

/** A block short enough to keep whole on one page (and to keep with the label before it). */
export function isShortBlock(block: PdfBlock): boolean {
  if (block.kind === 'paragraph') return isShort(block.text);
  if (block.kind === 'bullets') return isShort(block.items.join('\n'));
  return false;
}

function isShort(text: string): boolean {
  // About 80 characters a line at the body size; explicit line breaks count as lines.
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 80)), 0);
  return lines <= SHORT_PARAGRAPH;
}

/** One block through the registry. */
export function PdfBlockView({ block, style }: { block: PdfBlock; style: Styles[string] }) {
  const Render = pdfBlocks[block.kind] as (props: { block: PdfBlock; style: Styles[string] }) => ReactElement;
  return <Render block={block} style={style} />;
}
