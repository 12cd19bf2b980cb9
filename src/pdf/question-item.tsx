import { Text, View } from '@react-pdf/renderer';
import { Fragment, type ReactNode } from 'react';
import type { PdfAnswer, PdfBlock, PdfItem } from '@/domain/pdf-view-model.ts';
import { isShortBlock, PdfBlockView } from './blocks.tsx';
import { styles } from './styles.ts';

/**
 * One question: its heading (if any), label and answer. Typesetting rules:
 * - the label is never the last thing on a page: it is kept in one unbreakable group with whatever leads
 *   into it (`lead`: the section heading for a section's first question) and the answer's first piece when
 *   that is short, or, when the first piece is long, the group asks for four lines of room after it
 *   (the paragraph then splits with at least three lines on each page);
 * - a sub-question inside an answer ("Why do you think this?") is a label too, kept the same way with the
 *   start of its answer;
 * - a short block (a few lines) is never split;
 * - `trailer` (the closing licence notice after the last question) is kept with the answer's last block,
 *   so it never stands alone on a page.
 */
const ROOM_FOR_FOUR_LINES = 62;

/**
 * A piece of the answer as laid out: `short` pieces are kept whole (and can join the group before them);
 * `needsRoom` is a sub-label whose answer starts with a long block: it asks for room after it.
 */
type Piece = { node: ReactNode; short: boolean; needsRoom?: boolean };

function blockPiece(block: PdfBlock): Piece {
  return { node: <PdfBlockView block={block} style={styles.answer} />, short: isShortBlock(block) };
}

function answerPieces(answer: PdfAnswer): Piece[] {
  if (answer.kind === 'missing') {
    return [{ node: <Text style={styles.missing}>{answer.text}</Text>, short: true }];
  }
  const pieces = answer.blocks.map(blockPiece);
  if (answer.kind === 'text') return pieces;
  for (const part of answer.parts) {
    const [first, ...rest] = part.blocks;
    if (part.inline && first?.kind === 'paragraph' && rest.length === 0) {
      // "Impact: Negative, Neutral": the name of the value as a label, the value on its line.
      pieces.push({
        node: (
          <Text style={styles.answer}>
            <Text style={styles.subLabelInline}>{part.label}: </Text>
            {first.text}
          </Text>
        ),
        short: true,
      });
      continue;
    }
    const label = <Text style={styles.subLabel}>{part.label}</Text>;
    const firstPiece = first ? blockPiece(first) : undefined;
    if (!firstPiece || firstPiece.short) {
      pieces.push({
        node: (
          <View wrap={false}>
            {label}
            {firstPiece?.node}
          </View>
        ),
        short: true,
      });
    } else {
      pieces.push({ node: label, short: true, needsRoom: true }, firstPiece);
    }
    pieces.push(...rest.map(blockPiece));
  }
  return pieces;
}

export function QuestionItem({
  item,
  lead,
  trailer,
}: {
  item: PdfItem;
  lead?: ReactNode;
  trailer?: ReactNode;
}) {
  const pieces = answerPieces(item.answer);
  const note = item.note ? <Text style={styles.note}>{item.note}</Text> : null;
  const label = (
    <Text style={styles.label}>
      {item.label}
      {item.descriptor ? <Text style={styles.descriptor}> ({item.descriptor})</Text> : null}
    </Text>
  );
  const heading = item.heading ? (
    <>
      <Text style={styles.subHeading}>{item.heading}</Text>
      {item.headingText ? <Text style={styles.formText}>{item.headingText}</Text> : null}
    </>
  ) : null;

  const [first, ...rest] = pieces;
  const firstInGroup = first?.short ? first : undefined;
  const after = firstInGroup ? rest : pieces;
  const last = after.at(-1);
  const onlyGroup = after.length === 0;
  const roomAfterGroup = !firstInGroup || firstInGroup.needsRoom ? ROOM_FOR_FOUR_LINES : 0;
  return (
    <>
      <View wrap={false} minPresenceAhead={roomAfterGroup}>
        {lead}
        {heading}
        {label}
        {firstInGroup?.node}
        {onlyGroup ? note : null}
        {onlyGroup ? trailer : null}
      </View>
      {after.map((piece, i) =>
        piece === last && (trailer || note) && piece.short ? (
          <View key={i} wrap={false}>
            {piece.node}
            {note}
            {trailer}
          </View>
        ) : piece.needsRoom ? (
          <View key={i} wrap={false} minPresenceAhead={ROOM_FOR_FOUR_LINES}>
            {piece.node}
          </View>
        ) : (
          <Fragment key={i}>{piece.node}</Fragment>
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
