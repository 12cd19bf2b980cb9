import { Text } from '@react-pdf/renderer';
import type { PdfAnswer } from '@/domain/pdf-view-model.ts';
import { styles } from './styles.ts';
import { TextBlocks } from './text-blocks.tsx';

/** An answer as typed, or, when it is empty, "Not completed" marked in the margin (never a blank). */
export function AnswerBlocks({ answer }: { answer: PdfAnswer }) {
  if (answer.kind === 'missing') return <Text style={styles.missing}>{answer.text}</Text>;
  return <TextBlocks blocks={answer.blocks} style={styles.answer} />;
}
