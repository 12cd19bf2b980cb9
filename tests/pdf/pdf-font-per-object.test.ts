// @vitest-environment node
// @ts-expect-error -- pdfkit ships no types (react-pdf bundles its own); the test reaches its internals anyway
import PDFDocument from 'pdfkit';
import { Document, Page, pdf, Text } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { prepareFonts, registerFonts } from '@/pdf/fonts.ts';
import { extractPdf } from './pdf-text.ts';

/**
 * pdfkit is patched (patches/pdfkit+0.20.1.patch): react-pdf hands pdfkit the same loaded font object for
 * every run of text it draws (each line of each text), and pdfkit made a new PDF font for it each time
 * (a font subset, its metrics, and a comparison of the font's name tables as JSON) only to find and keep
 * the one it already had: about a tenth of the time of the committee PDF. The patch gives a font object
 * the PDF font it got the first time, per document.
 */
type FontDoc = { font: (src: unknown, size?: number) => unknown; _font: unknown; _fontCount: number };

describe('one PDF font per loaded font object (the pdfkit patch)', () => {
  it('makes the PDF font once for a font object, however many runs use it', async () => {
    registerFonts(nodeFontSource);
    await prepareFonts('abc');
    const { Font } = await import('@react-pdf/renderer');
    const regular = Font.getFont({ fontFamily: 'Noto Sans latin', fontWeight: 400, fontStyle: 'normal' })!
      .data as unknown;
    const bold = Font.getFont({ fontFamily: 'Noto Sans latin', fontWeight: 700, fontStyle: 'normal' })!
      .data as unknown;
    const doc = new PDFDocument({ autoFirstPage: false }) as unknown as FontDoc;
    const before = doc._fontCount;
    doc.font(regular, 10);
    const first = doc._font;
    doc.font(bold, 10);
    const firstBold = doc._font;
    for (let i = 0; i < 20; i += 1) {
      doc.font(regular, 10);
      expect(doc._font).toBe(first);
      doc.font(bold, 12);
      expect(doc._font).toBe(firstBold);
    }
    expect(firstBold).not.toBe(first);
    // Two fonts made, not 42.
    expect(doc._fontCount - before).toBe(2);
  });

  it('still prints every run in its own font', async () => {
    registerFonts(nodeFontSource);
    const { fontFamily } = await prepareFonts('Regular bold italic again');
    const style = { fontFamily, fontSize: 11 };
    const blob = await pdf(
      h(
        Document,
        null,
        h(
          Page,
          { size: 'A4', style: { padding: 40 } },
          ...['Regular', 'bold', 'italic', 'again'].map((word, i) =>
            h(
              Text,
              {
                key: word,
                style: {
                  ...style,
                  fontWeight: i === 1 ? 700 : 400,
                  fontStyle: i === 2 ? 'italic' : 'normal',
                },
              },
              word,
            ),
          ),
        ),
      ),
    ).toBlob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const text = (await extractPdf(bytes)).text;
    expect(text).toContain('Regular bold italic again');
    // Three fonts embedded (regular, bold, italic), each once (one font descriptor each).
    const latin1 = new TextDecoder('latin1').decode(bytes);
    const embedded = latin1.match(/\/FontName \/[A-Z]{6}\+[^\s/]+/g) ?? [];
    expect(new Set(embedded).size).toBe(3);
    expect(embedded).toHaveLength(3);
  });
});
