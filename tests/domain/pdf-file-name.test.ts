import { describe, expect, it } from 'vitest';
import { pdfFileName } from '@/domain/pdf-file-name.ts';

describe('pdfFileName', () => {
  it('makes plain ASCII file names from any title', () => {
    const date = new Date(2019, 8, 11);
    expect(pdfFileName({ appendixLabel: 'Appendix B', title: 'Social media guidance', date })).toBe(
      'appendix-b-social-media-guidance-eia-2019-09-11.pdf',
    );
    expect(pdfFileName({ appendixLabel: '', title: 'Polisi’r Gymraeg: ŵyr & ŷd', date })).toBe(
      'polisi-r-gymraeg-wyr-yd-eia-2019-09-11.pdf',
    );
    expect(pdfFileName({ appendixLabel: 'Annex 3', title: 'Staff EIA 2019', date })).toBe(
      'annex-3-staff-eia-2019-2019-09-11.pdf',
    );
    const long = pdfFileName({ appendixLabel: 'Appendix B', title: 'word '.repeat(40), date });
    expect(long.length).toBeLessThan(120);
    expect(long).toMatch(/^appendix-b-(word-)+word-eia-2019-09-11\.pdf$/);
  });
});
