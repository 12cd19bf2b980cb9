// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Document, Page, pdf, Text, View, type PageLayoutProps } from '@react-pdf/renderer';
import type { ReactElement, ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { prepareFonts, registerFonts } from '@/pdf/fonts.ts';
import { extractPdf, type ExtractedPdf } from './pdf-text.ts';

/**
 * @react-pdf/layout is patched (patches/@react-pdf+layout+5.2.0.patch) so that a page with a layout is
 * paginated once, not twice: the round that only counts the pages (for "Page X of Y") builds none of
 * them, and the final round takes each page's content from the count while it gives the same height
 * as the count did. These tests hold that a layout whose room changes once the page count is known, and
 * content that reads the page count, still come out right.
 */
const LINES = Array.from({ length: 200 }, (_, i) => `Line ${i + 1}`);

let fontFamily: string[];

async function render(page: ReactElement): Promise<ExtractedPdf> {
  const blob = await pdf(<Document>{page}</Document>).toBlob();
  return extractPdf(new Uint8Array(await blob.arrayBuffer()));
}

const linesOf = (doc: ExtractedPdf) =>
  doc.items.filter((i) => i.str.startsWith('Line')).map((i) => i.str.trim());
const linesOn = (doc: ExtractedPdf, page: number) =>
  doc.items.filter((i) => i.page === page && i.str.startsWith('Line')).length;

/** A page of LINES (and `after` them) with `layout`, rendered and read back. */
function renderLines(layout: (props: PageLayoutProps) => ReactNode, after?: ReactNode) {
  return render(
    <Page size="A4" style={{ fontFamily, fontSize: 10, padding: 40 }} layout={layout}>
      {LINES.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      {after}
    </Page>,
  );
}

describe('pagination counted once (the layout patch)', () => {
  beforeAll(async () => {
    registerFonts(nodeFontSource);
    ({ fontFamily } = await prepareFonts(`${LINES.join(' ')} Page of 0123456789`));
  }, 30_000);

  it('gives each page the room its chrome leaves once the page count is known', async () => {
    // In-flow chrome 300 points tall on page 2, drawn only once the count is known: the count's page 2
    // had more room than the final page 2, so the final round paginates again from there.
    const layout = ({ pageNumber, totalPages, children }: PageLayoutProps) => (
      <>
        {pageNumber === 2 && totalPages !== undefined ? <View style={{ height: 300 }} /> : null}
        {children}
        {totalPages !== undefined ? (
          <Text style={{ position: 'absolute', bottom: 10, right: 40 }}>
            Page {pageNumber} of {totalPages}
          </Text>
        ) : null}
      </>
    );
    const doc = await renderLines(layout);
    expect(linesOf(doc)).toEqual(LINES);
    expect(linesOn(doc, 1) - linesOn(doc, 2)).toBeGreaterThan(15);
    expect(linesOn(doc, 3)).toBe(linesOn(doc, 1));
    for (let n = 1; n <= doc.pages.length; n += 1) expect(doc.pages[n - 1]).toContain(`Page ${n} of`);
  }, 30_000);

  it('lays out content that reads the page count with the count', async () => {
    const layout = ({ children }: PageLayoutProps) => <>{children}</>;
    const doc = await renderLines(
      layout,
      <Text render={({ totalPages }) => `Line count pages ${totalPages ?? '?'}`} />,
    );
    expect(linesOf(doc).slice(0, LINES.length)).toEqual(LINES);
    expect(doc.text).toContain(`Line count pages ${doc.pages.length}`);
  }, 30_000);

  it('keeps every line in order, each page with its count, for a layout whose room never changes', async () => {
    const layout = ({ pageNumber, totalPages, children }: PageLayoutProps) => (
      <>
        {children}
        <Text style={{ position: 'absolute', bottom: 10, right: 40 }}>
          Page {pageNumber} of {totalPages ?? 0}
        </Text>
      </>
    );
    const doc = await renderLines(layout);
    expect(linesOf(doc)).toEqual(LINES);
    const pages = doc.pages.length;
    expect(pages).toBeGreaterThan(2);
    for (let n = 1; n <= pages; n += 1) expect(doc.pages[n - 1]).toContain(`Page ${n} of ${pages}`);
  }, 30_000);

  it('runs on the patched layout (npm ci applies the patch from postinstall)', () => {
    const require = createRequire(import.meta.url);
    const layout = readFileSync(require.resolve('@react-pdf/layout'), 'utf8');
    expect(layout).toContain('[eia-builder patch] With a totals round to follow');
  });
});
