// @vitest-environment node
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT_URLS } from '@/pdf/font-source.browser.ts';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { FONT_FILES } from '@/pdf/fonts.ts';

describe('the PDF font sources', () => {
  it('bundle exactly the font files the PDF uses in the browser', () => {
    expect(Object.keys(BUNDLED_FONT_URLS).sort()).toEqual([...FONT_FILES].sort());
  });

  it('find every font file in the installed packages in Node, as WOFF (react-pdf cannot read WOFF2)', () => {
    for (const file of FONT_FILES) {
      expect(file).toMatch(/\.woff$/);
      expect(existsSync(nodeFontSource(file)), file).toBe(true);
    }
  });
});
