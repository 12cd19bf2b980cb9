import type { PdfAnswer, PdfBlock, PdfBlockKind } from '@/domain/pdf-view-model.ts';
import { escapeHtml, langAttribute } from './escape.ts';

/**
 * How each kind of view-model block is written in the accessible HTML appendix: one entry per kind, the
 * same registry shape as the PDF's (src/pdf/blocks.tsx). A new kind of block is one more entry here.
 * Every entry returns HTML built only from escaped text.
 */
type BlockOf<K extends PdfBlockKind> = Extract<PdfBlock, { kind: K }>;
export type HtmlBlockRegistry = { [K in PdfBlockKind]: (block: BlockOf<K>) => string };

export const htmlBlocks: HtmlBlockRegistry = {
  // Line breaks and spaces are kept as typed (white-space: pre-wrap in the stylesheet).
  paragraph: (block) => `<p${langAttribute(block.lang)}>${escapeHtml(block.text)}</p>`,
  bullets: (block) =>
    `<ul${langAttribute(block.lang)}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
  table: (block) => {
    const head = block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
    const rows = block.rows
      .map(
        (row) =>
          `<tr>${block.columns
            .map((_, c) =>
              c === 0
                ? `<th scope="row">${escapeHtml(row[0] ?? '')}</th>`
                : `<td>${escapeHtml(row[c] ?? '')}</td>`,
            )
            .join('')}</tr>`,
      )
      .join('');
    // The box scrolls sideways on a narrow screen: focusable, so a keyboard can scroll it, and named.
    return `<div class="table-wrap" role="region" aria-label="${escapeHtml(block.caption)}" tabindex="0"><table${langAttribute(block.lang)}><caption>${escapeHtml(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
  },
};

export function htmlBlock(block: PdfBlock): string {
  return (htmlBlocks[block.kind] as (b: PdfBlock) => string)(block);
}

/**
 * How each kind of answer is written: the answer's blocks; an answer with questions of its own (an
 * impact's rating, why and mitigation; a yes / no answer's follow-up) as a description list, each
 * sub-question a <dt> and its answer the <dd> after it; or "Not answered" in words.
 */
export const htmlAnswers: { [K in PdfAnswer['kind']]: (answer: Extract<PdfAnswer, { kind: K }>) => string } =
  {
    text: (answer) => answer.blocks.map(htmlBlock).join('\n'),
    parts: (answer) =>
      [
        ...answer.blocks.map(htmlBlock),
        answer.parts.length
          ? `<dl class="answer-parts">${answer.parts
              .map(
                (part) =>
                  `<dt>${escapeHtml(part.label)}</dt><dd>${part.blocks.map((block) => htmlPartBlock(block, part.inline)).join('\n')}</dd>`,
              )
              .join('\n')}</dl>`
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    missing: (answer) => `<p class="missing"><strong>${escapeHtml(answer.text)}</strong></p>`,
  };

/** A value of a few words ("Negative, Neutral") is the <dd>'s text itself; anything else its blocks. */
function htmlPartBlock(block: PdfBlock, inline: boolean | undefined): string {
  return inline && block.kind === 'paragraph'
    ? `<span class="answer-value"${langAttribute(block.lang)}>${escapeHtml(block.text)}</span>`
    : htmlBlock(block);
}

export function htmlAnswer(answer: PdfAnswer): string {
  return (htmlAnswers[answer.kind] as (a: PdfAnswer) => string)(answer);
}
