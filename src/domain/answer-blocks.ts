/**
 * A piece of an answer: a paragraph (line breaks kept as "\n"), a run of bulleted lines, or a table
 * (a header row and body rows of plain text). Every output (PDF, HTML) renders each kind through its
 * own small registry keyed by `kind` (src/pdf/blocks.tsx, src/html/blocks.ts): a new kind of block is
 * one entry in each. `lang` marks text in another language than the document's (e.g. 'cy', Welsh).
 */
export type PdfBlock =
  | { kind: 'paragraph'; text: string; lang?: string }
  | { kind: 'bullets'; items: string[]; lang?: string }
  | {
      kind: 'table';
      caption: string;
      columns: string[];
      rows: string[][];
      lang?: string;
      /** Relative widths of the columns (free text wider than a date); equal when not given. */
      widths?: number[];
    };

export type PdfBlockKind = PdfBlock['kind'];

const BULLET = /^[ \t]*[-*•][ \t]+(.*)$/;

/**
 * Splits an answer as typed into blocks: paragraphs at blank lines, line breaks kept inside a
 * paragraph, and lines starting with "-", "*" or "•" (then a space) as bulleted items. An indented
 * line straight after a bullet continues that bullet. Nothing else in the text is changed.
 */
export function parseAnswerBlocks(text: string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    let paragraph: string[] = [];
    let bullets: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
      paragraph = [];
    };
    const flushBullets = () => {
      if (bullets.length) blocks.push({ kind: 'bullets', items: bullets });
      bullets = [];
    };
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      const bullet = BULLET.exec(line);
      if (bullet) {
        flushParagraph();
        bullets.push(bullet[1] ?? '');
      } else if (bullets.length && /^[ \t]/.test(line)) {
        bullets[bullets.length - 1] += `\n${line.trimStart()}`;
      } else {
        flushBullets();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushBullets();
  }
  return blocks;
}
