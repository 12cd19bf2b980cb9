// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '@/pdf/word-breaks.ts';

describe('breakOpportunities', () => {
  it('never splits an ordinary word, a hyphenated word or a long Welsh place name', () => {
    for (const word of [
      'Cymraeg',
      'gwrth-hiliol',
      'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
    ]) {
      expect(breakOpportunities(word)).toEqual([word]);
    }
  });

  it('lets a web address break after its punctuation (and after hyphens when very long), keeping every character', () => {
    const short = 'https://www.hcpc-uk.org/globalassets/wls.pdf';
    expect(breakOpportunities(short).join('')).toBe(short);
    expect(breakOpportunities(short).filter(Boolean)).toEqual([
      'https://',
      'www.',
      'hcpc-uk.',
      'org/',
      'globalassets/',
      'wls.',
      'pdf',
    ]);
    const long = 'https://www.hcpc-uk.org/globalassets/welsh-language-scheme.pdf';
    expect(breakOpportunities(long).join('')).toBe(long);
    expect(breakOpportunities(long).filter(Boolean)).toEqual([
      'https://',
      'www.',
      'hcpc-',
      'uk.',
      'org/',
      'globalassets/',
      'welsh-',
      'language-',
      'scheme.',
      'pdf',
    ]);
  });

  it('lets a run of characters too long for any line break every 20 characters', () => {
    const run = 'x'.repeat(70);
    const parts = breakOpportunities(run).filter(Boolean);
    expect(parts.join('')).toBe(run);
    expect(parts.map((p) => p.length)).toEqual([20, 20, 20, 10]);
  });
});
