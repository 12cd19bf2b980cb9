import { Text, View } from '@react-pdf/renderer';
import { Fragment, type ReactNode } from 'react';
import type { PdfItem } from '@/domain/pdf-view-model.ts';
import { isShortBlock, PdfBlockView } from './blocks.tsx';
import { styles } from './styles.ts';

/**
 * One question: its heading (if any), label and answer. Typesetting rules:
 * - the label is never the last thing on a page: it is kept in one unbreakable group with whatever leads
 *   into it (`lead`: the section heading for a section's first question) and the answer's first block when
 *   that is short, or, when the first block is long, the group asks for four lines of room after it
 *   (the paragraph then splits with at least three lines on each page);
 * - a short block (a few lines) is never split;
 * - `trailer` (the closing licence notice after the last question) is kept with the answer's last block,
 *   so it never stands alone on a page.
 */
const ROOM_FOR_FOUR_LINES = 62;

export function QuestionItem({
  item,
  lead,
  trailer,
}: {
  item: PdfItem;
  lead?: ReactNode;
  trailer?: ReactNode;
}) {
  const blocks =
    item.answer.kind === 'missing'
      ? [{ node: <Text style={styles.missing}>{item.answer.text}</Text>, short: true }]
      : item.answer.blocks.map((block) => ({
          node: <PdfBlockView block={block} style={styles.answer} />,
          short: isShortBlock(block),
        }));
  const note = item.note ? <Text style={styles.note}>{item.note}</Text> : null;
  const label = (
    <Text style={styles.label}>
      {item.label}
      {item.descriptor ? <Text style={styles.descriptor}> ({item.descriptor})</Text> : null}
    </Text>
  );
  const heading = item.heading ? <Text style={styles.subHeading}>{item.heading}</Text> : null;

  const [first, ...rest] = blocks;
  const firstInGroup = first?.short ? first : undefined;
  const after = firstInGroup ? rest : blocks;
  const last = after.at(-1);
  const onlyGroup = after.length === 0;
  return (
    <>
      <View wrap={false} minPresenceAhead={firstInGroup ? 0 : ROOM_FOR_FOUR_LINES}>
        {lead}
        {heading}
        {label}
        {firstInGroup?.node}
        {onlyGroup ? note : null}
        {onlyGroup ? trailer : null}
      </View>
      {after.map((block, i) =>
        block === last && (trailer || note) && block.short ? (
          <View key={i} wrap={false}>
            {block.node}
            {note}
            {trailer}
          </View>
        ) : (
          <Fragment key={i}>{block.node}</Fragment>
        ),
      )}
      {!onlyGroup && !(last?.short && (trailer || note)) ? (
        <>
          {note}
          {trailer}
        </>
      ) : null}
    </>
  );
}
