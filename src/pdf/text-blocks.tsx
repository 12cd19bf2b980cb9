import { Text, View } from '@react-pdf/renderer';
import type { Styles } from '@react-pdf/renderer';
import type { PdfBlock } from '@/domain/pdf-view-model.ts';
import { styles } from './styles.ts';

/**
 * Paragraphs and bulleted lists. Each paragraph is its own Text, a direct child of the page, so a very
 * long answer flows across pages; line breaks inside a paragraph are kept.
 */
export function TextBlocks({ blocks, style }: { blocks: PdfBlock[]; style: Styles[string] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <Text key={i} style={style}>
            {block.text}
          </Text>
        ) : (
          <View key={i} style={style}>
            {block.items.map((item, j) => (
              <View key={j} style={styles.bulletRow}>
                <Text style={styles.bulletMark}>•</Text>
                <Text style={styles.bulletText}>{item}</Text>
              </View>
            ))}
          </View>
        ),
      )}
    </>
  );
}
