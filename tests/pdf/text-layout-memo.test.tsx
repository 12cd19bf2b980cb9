// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Document, Page, pdf, Text, View } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { prepareFonts, registerFonts } from '@/pdf/fonts.ts';
import { extractPdf, type ExtractedPdf } from './pdf-text.ts';

/**
 * @react-pdf/layout is patched (patches/@react-pdf+layout+5.2.0.patch) to lay out a text once per
 * document when the same text comes again in the same style at the same width (the running header and
 * footer of every page, table cells such as "Done" or a date). The lines are shared, so these tests hold
 * that a text is still laid out for its own width and style, and printed every time it is written.
 */
const WORDS = 'the same words again and again '.repeat(12).trim();
const SHORT = 'In progress';

describe('text laid out once per document and style (the layout patch)', () => {
  let doc: ExtractedPdf;

  beforeAll(async () => {
    registerFonts(nodeFontSource);
    const { fontFamily } = await prepareFonts(WORDS + SHORT);
    const page = { fontFamily, fontSize: 10, padding: 40 };
    const blob = await pdf(
      <Document>
        {/* 1: narrow, 2: the width of the page, 3: narrow again after the wide layout was kept. */}
        <Page size="A4" style={page}>
          <View style={{ width: 120 }}>
            <Text>{WORDS}</Text>
          </View>
        </Page>
        <Page size="A4" style={page}>
          <Text>{WORDS}</Text>
        </Page>
        <Page size="A4" style={page}>
          <View style={{ width: 120 }}>
            <Text>{WORDS}</Text>
          </View>
        </Page>
        {/* 4: the same cell in regular, bold and a larger size, then 30 times as in a long table. */}
        <Page size="A4" style={page}>
          <Text>{SHORT}</Text>
          <Text style={{ fontWeight: 700 }}>{SHORT}</Text>
          <Text style={{ fontSize: 20 }}>{SHORT}</Text>
          {Array.from({ length: 30 }, (_, i) => (
            <Text key={i}>{SHORT}</Text>
          ))}
        </Page>
      </Document>,
    ).toBlob();
    doc = await extractPdf(new Uint8Array(await blob.arrayBuffer()));
  }, 30_000);

  const linesOn = (page: number) => new Set(doc.items.filter((i) => i.page === page).map((i) => i.y)).size;
  const cells = () => doc.items.filter((i) => i.page === 4 && i.str.trim() === SHORT);

  it('wraps the same words at each width they are set in, whatever was laid out before', () => {
    expect(linesOn(1)).toBeGreaterThan(linesOn(2));
    expect(linesOn(3)).toBe(linesOn(1));
    expect(doc.pages[0]).toBe(doc.pages[1]);
    expect(doc.pages[2]).toBe(doc.pages[1]);
  });

  it('sets the same text in each of its styles: bold is wider, a larger size wider still', () => {
    const [regular, bold, large, ...rest] = cells();
    expect(bold!.width).toBeGreaterThan(regular!.width);
    expect(large!.width).toBeGreaterThan(bold!.width);
    for (const cell of rest) expect(cell.width).toBeCloseTo(regular!.width, 3);
  });

  it('prints a text every time it is written', () => {
    expect(cells()).toHaveLength(33);
  });

  it('runs on the patched layout (npm ci applies the patch from postinstall)', () => {
    const require = createRequire(import.meta.url);
    const layout = readFileSync(require.resolve('@react-pdf/layout'), 'utf8');
    expect(layout).toContain('[eia-builder patch] Text layout memo');
  });
});
