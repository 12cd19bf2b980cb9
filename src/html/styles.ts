import { cssString } from './escape.ts';

/**
 * The accessible appendix's stylesheet, written inline (the file makes no request of any kind).
 * Screen: one readable column that reflows down to 320 CSS px (400% zoom) without sideways scrolling.
 * Print: A4 pages with the running header, the status and "Page X of Y" in the page margins.
 */
export function appendixCss({
  header,
  footer,
  isDraft,
  draftMark = 'DRAFT',
  pageOf = 'Page {page} of {total}',
}: {
  header: string;
  footer: string;
  isDraft: boolean;
  /** The status word and "Page {page} of {total}" in the document's language (domain/output-strings.ts). */
  draftMark?: string;
  pageOf?: string;
}) {
  const [beforePage = '', between = '', afterTotal = ''] = pageOf.split(/\{page\}|\{total\}/);
  return `
:root { color: #0b0c0c; background: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Arial, "Liberation Sans", "DejaVu Sans", Helvetica, sans-serif; font-size: 1.1875rem; line-height: 1.5; overflow-wrap: break-word; }
main { max-width: 44em; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.5em 0 0.5em; }
h1 { font-size: 2rem; margin-top: 0.25em; }
h2 { font-size: 1.5rem; padding-bottom: 0.25em; border-bottom: 2px solid #0b0c0c; }
h3 { font-size: 1.1875rem; }
h4 { font-size: 1.1875rem; }
.question { margin: 1.25em 0 0.25em; }
.descriptor { font-weight: 400; color: #505a5f; }
.answer { border-left: 4px solid #b1b4b6; padding-left: 0.75em; margin: 0 0 1em; }
.answer p, .answer li { white-space: pre-wrap; overflow-wrap: anywhere; }
.answer p { margin: 0 0 0.75em; }
.answer ul { margin: 0 0 0.75em; padding-left: 1.25em; }
.answer-parts { margin: 0; }
.answer-parts dt { font-weight: 700; margin: 0.75em 0 0.25em; }
.answer-parts dt:first-child { margin-top: 0; }
.answer-parts dd { margin: 0 0 0.5em; }
.answer-parts dd > .answer-value { display: block; margin: 0 0 0.75em; white-space: pre-wrap; }
.missing { color: #0b0c0c; }
.answer--missing { border-left-color: #f47738; }
.note { font-size: 1rem; color: #505a5f; }
.form-text { color: #505a5f; }
.appendix-label { font-weight: 700; color: #1d70b8; margin: 0; }
.form-title { font-size: 1.25rem; color: #505a5f; margin: 0 0 1em; }
.status { border: 4px solid #0b0c0c; padding: 0.75em; margin: 1em 0; }
.status--agreed { border-color: #00703c; }
.details { width: 100%; }
.details th { width: 30%; }
table { border-collapse: collapse; margin: 0 0 1em; }
th, td { text-align: left; vertical-align: top; padding: 0.35em 0.75em 0.35em 0; border-bottom: 1px solid #b1b4b6; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.35em; }
.table-wrap { max-width: 100%; overflow-x: auto; }
.table-wrap:focus { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
.part + .part { break-before: page; border-top: 4px solid #0b0c0c; margin-top: 3em; padding-top: 1em; }
.notice { font-size: 1rem; color: #505a5f; border-top: 1px solid #b1b4b6; padding-top: 0.75em; margin-top: 2em; }

@page {
  size: A4;
  margin: 22mm 20mm 22mm 20mm;
  @top-left { content: ${cssString(header)}; font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #505a5f; vertical-align: bottom; padding-bottom: 3mm; }
  ${isDraft ? `@top-right { content: ${cssString(draftMark)}; font-family: Arial, "Liberation Sans", sans-serif; font-size: 8.5pt; font-weight: 700; color: #0b0c0c; vertical-align: bottom; padding-bottom: 3mm; }` : ''}
  @bottom-left { content: ${cssString(footer)}; font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #505a5f; vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: ${cssString(beforePage)} counter(page) ${cssString(between)} counter(pages) ${cssString(afterTotal)}; font-family: Arial, "Liberation Sans", sans-serif; font-size: 8.5pt; color: #505a5f; vertical-align: top; padding-top: 3mm; }
}
@page :first { @top-left { content: none; } }

@media print {
  body { font-size: 10.5pt; line-height: 1.45; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; break-before: auto; }
  h3, h4 { font-size: 11pt; }
  h1, h2, h3, h4, .question, .answer-parts dt { break-after: avoid; break-inside: avoid; }
  .note, .descriptor { font-size: 8.5pt; }
  p, li { orphans: 3; widows: 3; }
  .answer p:only-child, li, tr, .status { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  .part + .part { break-before: page; border-top: 4px solid #0b0c0c; margin-top: 3em; padding-top: 1em; }
.notice { font-size: 8pt; break-inside: avoid; }
}
`;
}
