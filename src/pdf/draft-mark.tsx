import { G, Path, Svg } from '@react-pdf/renderer';
import { colours, styles } from './styles.ts';

/**
 * The DRAFT mark (DRAFFT in Welsh), behind the text of every page: a `fixed` child of the Page, first, so
 * the text is drawn over it. It is a drawing of the letters, not text: as text, a reader (pdftotext, a
 * screen reader) met "D", "RA" and "FT" in the middle of answers. The status is in words in every page's
 * footer. Not part of the page layout (page-furniture.tsx): react-pdf 4.9 does not prepare drawings (Svg)
 * in a layout, and fails.
 */
/** Stroked block capitals, each 70 × 100 units, 20 apart: enough for DRAFT and the Welsh DRAFFT. */
const LETTER_PATHS: Record<string, string> = {
  D: 'M0 0 L0 100 L32 100 Q70 100 70 50 Q70 0 32 0 Z',
  R: 'M0 100 L0 0 L40 0 Q68 0 68 27 Q68 54 40 54 L0 54 M36 54 L70 100',
  A: 'M0 100 L35 0 L70 100 M14 62 L56 62',
  F: 'M64 0 L0 0 L0 100 M0 50 L52 50',
  T: 'M0 0 L70 0 M35 0 L35 100',
};
const ADVANCE = 90;

export function DraftMark({ word }: { word: string }) {
  const LETTERS = Array.from(word, (letter) => LETTER_PATHS[letter] ?? '');
  const width = LETTERS.length * ADVANCE - 20;
  return (
    <Svg fixed style={styles.watermark} viewBox={`-30 -160 ${width + 60} ${100 + 320}`}>
      <G transform={`rotate(-45 ${width / 2} 50)`}>
        {LETTERS.map((d, i) => (
          <Path
            key={i}
            d={d}
            transform={`translate(${i * ADVANCE} 0)`}
            stroke={colours.watermark}
            strokeWidth={16}
            strokeOpacity={0.35}
            strokeLinejoin="miter"
            fill="none"
          />
        ))}
      </G>
    </Svg>
  );
}
