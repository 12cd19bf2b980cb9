// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Document, Page, pdf, Text, View, type PageLayoutProps } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { prepareFonts, registerFonts } from '@/pdf/fonts.ts';
import { extractPdf, type ExtractedPdf } from './pdf-text.ts';

/**
 * @react-pdf/layout is patched (patches/@react-pdf+layout+5.2.0.patch) to measure a page layout's content
 * region once per distinct chrome instead of once per output page (the committee PDF's furniture is drawn
 * around content only, so its region never changes: 20 probe pages were laid out for a 10-page appendix,
 * about 4 ms). These tests hold that a layout whose chrome does change from page to page still gets the
 * room each page leaves.
 */
const LINES = Array.from({ length: 200 }, (_, i) => `Line ${i + 1}`);

describe('page regions measured once per distinct chrome (the layout patch)', () => {
  let doc: ExtractedPdf;

  beforeAll(async () => {
    registerFonts(nodeFontSource);
    const { fontFamily } = await prepareFonts(LINES.join(' '));
    // In-flow chrome 300 points tall on even pages only: those pages hold fewer lines.
    const layout = ({ pageNumber, children }: PageLayoutProps) => (
      <>
        {(pageNumber ?? 1) % 2 === 0 ? <View style={{ height: 300 }} /> : null}
        {children}
      </>
    );
    const blob = await pdf(
      <Document>
        <Page size="A4" style={{ fontFamily, fontSize: 10, padding: 40 }} layout={layout}>
          {LINES.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </Page>
      </Document>,
    ).toBlob();
    doc = await extractPdf(new Uint8Array(await blob.arrayBuffer()));
  }, 30_000);

  const linesOn = (page: number) =>
    doc.items.filter((i) => i.page === page && i.str.startsWith('Line')).length;

  it('gives each page the room its own chrome leaves', () => {
    expect(doc.pages.length).toBeGreaterThanOrEqual(3);
    // About 300 points fewer on page 2: some 20 lines of 14 points fewer than on page 1.
    expect(linesOn(1) - linesOn(2)).toBeGreaterThan(15);
    expect(linesOn(3)).toBe(linesOn(1));
    // The first line on page 2 starts below the chrome.
    const top = (page: number) => Math.max(...doc.items.filter((i) => i.page === page).map((i) => i.y));
    expect(top(1) - top(2)).toBeCloseTo(300, 0);
  });

  it('prints every line once, in order', () => {
    const printed = doc.items.filter((i) => i.str.startsWith('Line')).map((i) => i.str.trim());
    expect(printed).toEqual(LINES);
  });

  it('runs on the patched layout (npm ci applies the patch from postinstall)', () => {
    const require = createRequire(import.meta.url);
    const layout = readFileSync(require.resolve('@react-pdf/layout'), 'utf8');
    expect(layout).toContain('[eia-builder patch] Region memo');
  });
});
