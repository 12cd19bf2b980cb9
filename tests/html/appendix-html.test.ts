import { describe, expect, it } from 'vitest';
import { findTemplate } from '@schemas/templates/index.ts';
import { buildPdfViewModel, parseAnswerBlocks, type PdfViewModel } from '@/domain/pdf-view-model.ts';
import { socialMediaGuidance2019Answers } from '@/domain/examples/social-media-guidance-2019.ts';
import { renderAppendixHtml } from '@/html/appendix-html.ts';
import { htmlBlocks } from '@/html/blocks.ts';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import { buildAssessment, buildExampleAssessment } from '../builders.ts';

const EXPORTED_AT = new Date('2026-01-05T12:00:00Z');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function viewModel(assessment = buildExampleAssessment()): PdfViewModel {
  const template = findTemplate(assessment.templateId, assessment.templateVersion)!;
  return buildPdfViewModel(assessment, template, { exportedAt: EXPORTED_AT, appVersion: '0.1.0' });
}

describe('the accessible HTML appendix', () => {
  it('holds every answer of the example exactly as typed, paragraph by paragraph', () => {
    const doc = parse(buildAppendixHtml(buildExampleAssessment(), { exportedAt: EXPORTED_AT }).html);
    const texts = new Set([...doc.querySelectorAll('.answer p, .answer li')].map((e) => e.textContent));
    let checked = 0;
    for (const answer of Object.values(socialMediaGuidance2019Answers)) {
      if (typeof answer !== 'string' || !answer.trim()) continue;
      for (const block of parseAnswerBlocks(answer)) {
        const pieces =
          block.kind === 'paragraph' ? [block.text] : block.kind === 'bullets' ? block.items : [];
        for (const piece of pieces) {
          expect(texts).toContain(piece);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('prints the texts of the form that the PDF prints, each after its heading and outside any answer', () => {
    const doc = parse(buildAppendixHtml(buildExampleAssessment(), { exportedAt: EXPORTED_AT }).html);
    const formText = (start: string) =>
      [...doc.querySelectorAll('p.form-text')].find((p) => p.textContent?.startsWith(start));
    const vm = viewModel();
    const printed = [
      ...vm.sections.flatMap((s) => s.intro),
      ...vm.sections.flatMap((s) => s.items.flatMap((i) => i.headingText ?? [])),
    ];
    expect(printed).toHaveLength(5);
    for (const text of printed) {
      const p = formText(text.slice(0, 30));
      expect(p?.textContent).toBe(text);
      expect(p?.closest('.answer')).toBeNull();
    }
    // "Lack of data…" follows Section 2's heading; "Below, explain how…" follows "Public sector equality duty".
    expect(formText('Lack of data')?.previousElementSibling?.textContent).toBe(
      'Section 2: Evidence and Engagement',
    );
    expect(formText('Below, explain how')?.previousElementSibling?.textContent).toBe(
      'Public sector equality duty',
    );
  });

  it('prints the texts of the form in the grey the PDF prints them in, with AA contrast', () => {
    const { html } = buildAppendixHtml(buildExampleAssessment(), { exportedAt: EXPORTED_AT });
    // Loaded into the test's window, whose getComputedStyle applies the inline stylesheet: the colour a
    // reader sees, not just a rule somewhere in the CSS.
    document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
    const doc = document;
    const colourOf = (element: Element) => window.getComputedStyle(element).color;
    const formText = doc.querySelector('p.form-text')!;
    // The PDF's secondary text colour (src/pdf/styles.ts colours.secondary, #505a5f), as the descriptor and notes.
    expect(colourOf(formText)).toBe('rgb(80, 90, 95)');
    expect(colourOf(formText)).toBe(colourOf(doc.querySelector('.notice')!));
    // An answer stays in the body's near-black: only the form's own words are grey.
    expect(colourOf(doc.querySelector('.answer p')!)).not.toBe('rgb(80, 90, 95)');
    expect(contrastRatio([80, 90, 95], [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
  });

  it('has the title, the document language, headings in order and the status in words', () => {
    const { html, fileName } = buildAppendixHtml(buildExampleAssessment(), { exportedAt: EXPORTED_AT });
    expect(fileName).toBe('appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.html');
    const doc = parse(html);
    expect(doc.documentElement.lang).toBe('en-GB');
    expect(doc.title).toBe('Appendix B: Social media guidance updates 2019');
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1));
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Section 1: Project / Policy overview',
      'Section 2: Evidence and Engagement',
      'Section 3: Analysis by equality group',
      'Section 4: Welsh Language Scheme',
      'Section 5: Summary of Analysis',
      'Section 6: Action plan',
    ]);
    expect(doc.querySelector('.status')?.textContent).toBe(
      'DRAFT: this assessment has not been agreed. Status: Draft · Exported 5 January 2026.',
    );
    expect(doc.querySelector('.details th')?.getAttribute('scope')).toBe('row');
    expect(doc.body.textContent).toContain('Not yet agreed');
  });

  it('says an agreed assessment is agreed, with no DRAFT anywhere', () => {
    const html = buildAppendixHtml(buildExampleAssessment({ status: 'agreed' }), {
      exportedAt: EXPORTED_AT,
    }).html;
    expect(html).not.toContain('DRAFT');
    expect(parse(html).querySelector('.status')?.textContent).toBe(
      'Status: Agreed · Exported 5 January 2026.',
    );
  });

  it('keeps hostile answers as inert text: no script, no event handler, no link, no request', () => {
    const hostile = {
      projectTitle: '</title><script>alert(1)</script>',
      assessorName: '"><img src=x onerror=alert(1)>',
      intendedOutcomes:
        '<a href="javascript:alert(1)">click</a>\n- <iframe src="https://example.com"></iframe>',
      age: '</style><script>alert(2)</script>',
      evidenceConsidered: "x' onmouseover='alert(3)",
    };
    const assessment = buildAssessment({
      answers: hostile,
      publication: { ...buildAssessment().publication, organisation: '<svg onload=alert(4)>' },
    });
    const { html } = buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT });
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, iframe, svg, a, link, object, embed, base, form')).toHaveLength(
      0,
    );
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/);
    }
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.title).toBe(`Appendix B: ${hostile.projectTitle}`);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile.projectTitle);
    expect(doc.body.textContent).toContain(hostile.assessorName);
    expect(doc.body.textContent).toContain('<a href="javascript:alert(1)">click</a>');
    // The running header is a CSS string: the title cannot close the <style> element or the string.
    expect(doc.querySelector('style')?.textContent).not.toContain('</');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
  });

  it('renders every kind of block through the registry: tables with header cells and a caption', () => {
    expect(Object.keys(htmlBlocks).sort()).toEqual(['bullets', 'paragraph', 'table']);
    const vm = viewModel();
    vm.sections[5]!.items[0]!.answer = {
      kind: 'text',
      blocks: [
        {
          kind: 'table',
          caption: 'Actions',
          columns: ['Action', 'Owner', 'By'],
          rows: [['Publish the guidance in Welsh', 'Policy team', 'March 2020']],
        },
      ],
    };
    vm.sections[3]!.items[0]!.lang = 'cy';
    const doc = parse(renderAppendixHtml(vm));
    const table = doc.querySelector('table:not(.details)')!;
    expect(table.querySelector('caption')?.textContent).toBe('Actions');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
    ]);
    expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    expect(doc.querySelector('#q-welshLanguage + .answer')?.getAttribute('lang')).toBe('cy');
    // A table wider than a narrow screen scrolls in its own box: a keyboard can reach it (axe's
    // scrollable-region-focusable failed at 320 px) and a screen reader hears what it holds.
    const wrap = table.parentElement!;
    expect(wrap.getAttribute('tabindex')).toBe('0');
    expect(wrap.getAttribute('role')).toBe('region');
    expect(wrap.getAttribute('aria-label')).toBe('Actions');
  });
});

/** WCAG 2.2 contrast ratio of two sRGB colours. */
function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const luminance = (rgb: [number, number, number]) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
