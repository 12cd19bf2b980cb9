import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a reader of the PDF gets back: each page's text (whitespace normalised), metadata and outline. */
export type ExtractedPdf = {
  pages: string[];
  /** Every page's text joined with single spaces. */
  text: string;
  info: Record<string, unknown>;
  outline: string[];
  /** Text items with their position in points (y from the bottom of the page). */
  items: Array<{
    page: number;
    str: string;
    x: number;
    y: number;
    width: number;
    height: number;
    /** The font (face) the text is drawn in: a bold label and regular body text differ. */
    fontName: string;
  }>;
  pageWidth: number;
  pageHeight: number;
};

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const items: ExtractedPdf['items'] = [];
  let pageWidth = 0;
  let pageHeight = 0;
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    pageWidth = page.view[2] ?? 0;
    pageHeight = page.view[3] ?? 0;
    const content = await page.getTextContent({ disableNormalization: true });
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (item.str.trim()) {
        const [, , , , x = 0, y = 0] = item.transform as number[];
        items.push({
          page: n,
          str: item.str,
          x,
          y,
          width: item.width,
          height: item.height,
          fontName: item.fontName,
        });
      }
    }
    pages.push(normalise(text));
  }
  const { info } = await doc.getMetadata();
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  await doc.destroy();
  return {
    pages,
    text: pages.join(' '),
    info: info as Record<string, unknown>,
    outline,
    items,
    pageWidth,
    pageHeight,
  };
}

/**
 * The document's own text, pages joined, without what repeats on every page: the DRAFT mark, the running
 * header (pass it) and the footer ("Status: … Page X of Y").
 */
export function bodyText(pdf: ExtractedPdf, header: string): string {
  return pdf.pages
    .map((page) =>
      page
        .replace(/^DRAFT /, '')
        .replace(header, '')
        .replace(/Status: [^·]+ · Exported \S+ \S+ \S+ Page \d+ of \d+$/, ''),
    )
    .map(normalise)
    .join(' ');
}

/**
 * The pages (1-based) that draw the DRAFT mark: it is a drawing, not text, stroked in the watermark
 * colour that nothing else on the page uses.
 */
export async function pagesWithDraftMark(bytes: Uint8Array, colour: string): Promise<number[]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: number[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const ops = await (await doc.getPage(n)).getOperatorList();
    const strokes = ops.fnArray.some(
      (fn, i) =>
        fn === OPS.setStrokeRGBColor && JSON.stringify(ops.argsArray[i]) === JSON.stringify([colour]),
    );
    if (strokes) pages.push(n);
  }
  await doc.destroy();
  return pages;
}
