import { describe, expect, it } from 'vitest';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import { buildExampleAssessment } from '../builders.ts';

const EXPORTED_AT = new Date('2026-01-05T12:00:00Z');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the accessible HTML appendix in Welsh', () => {
  it('is a Welsh document (lang="cy") with the template’s Welsh wording and its own words in Welsh', () => {
    const { html } = buildAppendixHtml(buildExampleAssessment({ language: 'cy' }), {
      exportedAt: EXPORTED_AT,
    });
    const doc = parse(html);
    expect(doc.documentElement.lang).toBe('cy');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toContain(
      'Adran 3: Dadansoddiad fesul grŵp cydraddoldeb',
    );
    expect(doc.querySelector('#q-age')!.textContent).toBe(
      'Oedran (yn cynnwys plant, pobl ifanc a phobl hŷn)',
    );
    expect(doc.querySelector('.status')!.textContent).toMatch(
      /^DRAFFT: nid yw’r asesiad hwn wedi’i gytuno eto\. Statws: Drafft/,
    );
    expect(doc.querySelector('.details caption')!.textContent).toBe('Manylion cyhoeddi');
    expect(html).toContain('"Tudalen " counter(page) " o " counter(pages)');
    expect(doc.querySelectorAll('[lang]')).toHaveLength(1);
  });

  it('prints both languages, English then Welsh, the Welsh part marked lang="cy" and every id unique', () => {
    const { html } = buildAppendixHtml(buildExampleAssessment(), {
      exportedAt: EXPORTED_AT,
      language: 'both',
    });
    const doc = parse(html);
    expect(doc.documentElement.lang).toBe('en-GB');
    const parts = [...doc.querySelectorAll('main > .part')];
    expect(parts.map((p) => p.getAttribute('lang'))).toEqual([null, 'cy']);
    const text = doc.body.textContent!;
    expect(text.indexOf('Age (includes children')).toBeGreaterThan(-1);
    expect(text.indexOf('Oedran (yn cynnwys plant')).toBeGreaterThan(text.indexOf('Age (includes children'));
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const labelled of doc.querySelectorAll('[aria-labelledby]')) {
      expect(doc.getElementById(labelled.getAttribute('aria-labelledby')!)).not.toBeNull();
    }
  });
});
