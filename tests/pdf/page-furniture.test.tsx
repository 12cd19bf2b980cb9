// @vitest-environment node
import { pdf } from '@react-pdf/renderer';
import { findTemplate } from '@schemas/templates/index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '@/domain/app-version.ts';
import { buildPdfViewModel } from '@/domain/pdf-view-model.ts';
import { AppendixDocument } from '@/pdf/appendix-document.tsx';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { prepareFonts, registerFonts } from '@/pdf/fonts.ts';
import { printedText } from '@/pdf/printable-text.ts';
import { colours } from '@/pdf/styles.ts';
import { peerAssessment } from '../../scripts/bench/peer-content.ts';
import { EXPORTED_AT, renderPdf } from './node-pdf.ts';
import { bodyText, extractPdf, normalise, pagesWithDraftMark, type ExtractedPdf } from './pdf-text.ts';

/**
 * The furniture of every page (running header, footer with "Page X of Y", DRAFT mark) is drawn by the
 * pages' layout after the content is packed into pages, not by `render` callbacks: these tests hold what
 * a reader sees on each page of a long appendix whose numbering runs across its two parts (the appendix
 * and "About this form").
 */
const HEADER = 'Appendix B: Fees review 2026';
const FOOTER = 'Status: Draft · Exported 5 January 2026';

describe('the page furniture of a long appendix', () => {
  const base = peerAssessment();
  const assessment = { ...base, publication: { ...base.publication, includeAboutThisForm: true } };
  let bytes: Uint8Array;
  let doc: ExtractedPdf;

  // A 12-page PDF: allow for a busy machine.
  beforeAll(async () => {
    bytes = (await renderPdf(assessment)).bytes;
    doc = await extractPdf(bytes);
  }, 60_000);

  it('numbers every page "Page X of Y", counting the pages of both parts, last on the page', () => {
    expect(doc.pages.length).toBeGreaterThanOrEqual(5);
    expect(doc.pages.at(-1)).toContain('About this form');
    doc.pages.forEach((page, i) => {
      expect(page.endsWith(`${FOOTER} Page ${i + 1} of ${doc.pages.length}`), `page ${i + 1}`).toBe(true);
    });
  });

  it('prints the running header first on every page after the first, and never on the first', () => {
    expect(doc.pages[0]).not.toContain(HEADER);
    doc.pages.slice(1).forEach((page, i) => {
      expect(page.startsWith(HEADER), `page ${i + 2}`).toBe(true);
      expect(page.split(HEADER)).toHaveLength(2);
    });
  });

  it('draws the header above the body and the footer below it on every page', () => {
    const top = doc.pageHeight - 70;
    const bottom = 70;
    for (let n = 1; n <= doc.pages.length; n += 1) {
      const items = doc.items.filter((item) => item.page === n);
      const header = items.filter((item) => item.y > top);
      const footer = items.filter((item) => item.y < bottom);
      expect(footer.map((item) => item.str).join(' '), `page ${n}`).toContain(`Page ${n} of`);
      if (n > 1) expect(header.map((item) => item.str).join(' '), `page ${n}`).toContain('Appendix B');
      const body = items.filter((item) => item.y <= top && item.y >= bottom);
      expect(body.length, `page ${n} has a body`).toBeGreaterThan(0);
    }
  });

  it('prints the body once: every answer exactly once, whole, between the furniture of its pages', () => {
    const body = bodyText(doc, HEADER);
    const answers = Object.values(assessment.answers).filter(
      (value): value is string => typeof value === 'string' && value.length > 1000,
    );
    expect(answers.length).toBeGreaterThanOrEqual(20);
    for (const answer of answers) {
      expect(body.split(normalise(answer)), answer.slice(0, 12)).toHaveLength(2);
    }
    expect(body).not.toMatch(/Page \d+ of|Appendix B: Fees review 2026/);
  });

  it('marks every page DRAFT, the pages of "About this form" too', async () => {
    expect(await pagesWithDraftMark(bytes, colours.watermark)).toEqual(doc.pages.map((_, i) => i + 1));
  });
});

describe('the page furniture, worded by the view-model', () => {
  it('prints the page number in the view-model’s words ("Tudalen X o Y")', async () => {
    const assessment = peerAssessment();
    const template = findTemplate(assessment.templateId, assessment.templateVersion)!;
    const english = buildPdfViewModel(assessment, template, {
      exportedAt: EXPORTED_AT,
      appVersion: APP_VERSION,
    });
    const vm = { ...english, furniture: { ...english.furniture, pageOf: 'Tudalen {page} o {total}' } };
    registerFonts(nodeFontSource);
    const { fontFamily } = await prepareFonts(printedText(vm));
    const blob = await pdf(<AppendixDocument parts={[vm]} fontFamily={fontFamily} />).toBlob();
    const doc = await extractPdf(new Uint8Array(await blob.arrayBuffer()));
    expect(doc.pages.length).toBeGreaterThanOrEqual(5);
    doc.pages.forEach((page, i) => {
      expect(page.endsWith(`Tudalen ${i + 1} o ${doc.pages.length}`), `page ${i + 1}`).toBe(true);
      expect(page).not.toMatch(/Page \d+ of/);
    });
  });
});
