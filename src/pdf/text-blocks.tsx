import type { Styles } from '@react-pdf/renderer';
import type { PdfBlock } from '@/domain/pdf-view-model.ts';
import { PdfBlockView } from './blocks.tsx';

/**
 * Paragraphs, bulleted lists and tables, each laid out by its entry in the block registry (blocks.tsx).
 * Each paragraph is its own Text, a direct child of the page, so a very long answer flows across pages;
 * line breaks inside a paragraph are kept.
 */
export function TextBlocks({ blocks, style }: { blocks: PdfBlock[]; style: Styles[string] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <PdfBlockView key={i} block={block} style={style} />
      ))}
    </>
  );
}
