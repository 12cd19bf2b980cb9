// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildAppendixPdf } from '@/pdf/build-appendix-pdf.ts';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { buildExampleAssessment } from '../builders.ts';
import { EXPORTED_AT } from './node-pdf.ts';
import { extractPdf } from './pdf-text.ts';

describe('the committee PDF in Welsh', { timeout: 120_000 }, () => {
  it('prints the template’s Welsh wording and its own words in Welsh, Welsh letters intact', async () => {
    const assessment = buildExampleAssessment({ language: 'cy' });
    assessment.answers.age = 'Bydd y ŵyl yn ymestyn i’r ŷd â’r gŵr.';
    const { bytes, unsupported } = await buildAppendixPdf(assessment, {
      exportedAt: EXPORTED_AT,
      fonts: nodeFontSource,
    });
    expect(unsupported).toEqual([]);
    const pdf = await extractPdf(bytes);
    expect(pdf.text).toContain('Asesiad Effaith Cydraddoldeb, Amrywiaeth a Chynhwysiant (AEC)');
    expect(pdf.text).toContain('Adran 3: Dadansoddiad fesul grŵp cydraddoldeb');
    expect(pdf.text).toContain('Oedran (yn cynnwys plant, pobl ifanc a phobl hŷn)');
    expect(pdf.text).toContain('Bydd y ŵyl yn ymestyn i’r ŷd â’r gŵr.');
    expect(pdf.text).toContain('Dyletswydd Cydraddoldeb y Sector Cyhoeddus');
    expect(pdf.pages[0]).toMatch(/Statws: Drafft · Allforiwyd 5 Ionawr 2026 Tudalen 1 o \d+$/);
    expect(pdf.text).not.toContain('Section 3');
    expect(pdf.text).not.toContain('Page 1 of');
    // The DRAFFT mark is drawn, not text.
    expect(pdf.text).not.toMatch(/DRAF/);
    expect(pdf.outline).toContain('Adran 1: Trosolwg o’r prosiect / polisi');
  });

  it('prints both languages one after the other: the whole English appendix, then the whole Welsh one', async () => {
    const { bytes } = await buildAppendixPdf(buildExampleAssessment(), {
      exportedAt: EXPORTED_AT,
      fonts: nodeFontSource,
      language: 'both',
    });
    const pdf = await extractPdf(bytes);
    const english = pdf.text.indexOf('Age (includes children, young people and older people)');
    const welsh = pdf.text.indexOf('Oedran (yn cynnwys plant, pobl ifanc a phobl hŷn)');
    expect(english).toBeGreaterThan(-1);
    expect(welsh).toBeGreaterThan(english);
    expect(pdf.text.indexOf('Section 6: Action plan')).toBeLessThan(pdf.text.indexOf('Adran 1:'));
    // Each part begins on a new page with its cover; the page count runs through the whole document.
    const welshStart = pdf.pages.findIndex((p) => p.includes('Adran 1:'));
    expect(pdf.pages[welshStart]).toContain('Asesiad Effaith Cydraddoldeb');
    expect(pdf.pages[welshStart - 1]).toMatch(/Page \d+ of \d+$/);
    expect(pdf.pages.at(-1)).toMatch(new RegExp(`Tudalen ${pdf.pages.length} o ${pdf.pages.length}$`));
  });
});
