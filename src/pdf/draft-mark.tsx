import { Path, Svg } from '@react-pdf/renderer';
import { colours, styles } from './styles.ts';

/**
 * The DRAFT mark (DRAFFT in Welsh), behind the text of every page: a `fixed` child of the Page, first, so
 * the text is drawn over it. It is a drawing of the letters, not text: as text, a reader (pdftotext, a
 * screen reader) met "D", "RA" and "FT" in the middle of answers. The status is in words in every page's
 * footer. Not part of the page layout (page-furniture.tsx): react-pdf 4.9 does not prepare drawings (Svg)
 * in a layout, and fails.
 *
 * The word is one path, its letters already placed and turned (45° up, about the middle of the word):
 * the mark is repeated on every page, and one path costs react-pdf a fifth of what a group of five
 * transformed paths did to lay out and draw, for the same strokes.
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
const ANGLE = (-45 * Math.PI) / 180;

/**
 * The word's letters as one path: each letter moved along by its advance, then the whole word turned by
 * ANGLE about (centreX, 50), as SVG's rotate(-45 centreX 50) turns it. The letters use only absolute
 * M, L, Q and Z, whose points (control points too) turn with the word.
 */
export function draftMarkPath(word: string): { d: string; width: number } {
  const letters = Array.from(word, (letter) => LETTER_PATHS[letter] ?? '');
  const width = letters.length * ADVANCE - 20;
  const centreX = width / 2;
  const cos = Math.cos(ANGLE);
  const sin = Math.sin(ANGLE);
  const turn = (x: number, y: number) => {
    const dx = x - centreX;
    const dy = y - 50;
    return `${round(centreX + dx * cos - dy * sin)} ${round(50 + dx * sin + dy * cos)}`;
  };
  const d = letters
    .map((path, i) =>
      path.replace(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g, (_, x: string, y: string) =>
        turn(Number(x) + i * ADVANCE, Number(y)),
      ),
    )
    .filter(Boolean)
    .join(' ');
  return { d, width };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function DraftMark({ word }: { word: string }) {
  const { d, width } = draftMarkPath(word);
  return (
    <Svg fixed style={styles.watermark} viewBox={`-30 -160 ${width + 60} ${100 + 320}`}>
      <Path
        d={d}
        stroke={colours.watermark}
        strokeWidth={16}
        strokeOpacity={0.35}
        strokeLinejoin="miter"
        fill="none"
      />
    </Svg>
  );
}
