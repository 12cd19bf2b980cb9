// @vitest-environment node
import { currentTemplate } from '@schemas/templates/index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAssessment, buildCompleteAnswers, buildExampleAssessment } from '../builders.ts';
import { extractEmbeddedEiaJson } from '@/storage/files/pdf-attachment.ts';
import { renderPdf } from './node-pdf.ts';
import { colours } from '@/pdf/styles.ts';
import { bodyText, extractPdf, normalise, pagesWithDraftMark, type ExtractedPdf } from './pdf-text.ts';

/** Every character a UK user may type that the built-in PDF fonts get wrong. */
const HARD = 'ŵ ŷ Ŵ Ŷ â ê î ô û ï é ñ ø ß ‘ ’ “ ” – — £ €';

/** Asserts that each string occurs in the text, in this order. */
function expectInOrder(text: string, parts: string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(normalise(part), from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + normalise(part).length;
  }
}

const UNTITLED_HEADER = 'Appendix B: Untitled assessment';

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the PDF appendix of the seed example', () => {
  const example = buildExampleAssessment();
  let pdf: ExtractedPdf;
  let fileName: string;

  beforeAll(async () => {
    const result = await renderPdf(example);
    fileName = result.fileName;
    pdf = await extractPdf(result.bytes);
  });

  it('opens with the appendix label, the title, the form title and the meeting details', () => {
    expectInOrder(pdf.pages[0]!, [
      'Appendix B',
      'Social media guidance updates 2019',
      'Equality, Diversity and Inclusion Impact Assessment',
      'Organisation Health and Care Professions Council',
      'Committee Education and Training Committee',
      'Meeting date 11 September 2019',
      'Section 1: Project / Policy overview',
    ]);
  });

  it('holds every question and every answer in the template order, the printed texts of the form, and no guidance', () => {
    const expected: string[] = [];
    for (const section of currentTemplate.sections) {
      expected.push(`Section ${section.number}: ${section.title}`);
      for (const p of section.guidance) if (p.printed) expected.push(p.text);
      for (const q of section.questions) {
        if (q.heading) expected.push(q.heading);
        if (q.headingGuidance?.printed) expected.push(q.headingGuidance.text);
        expected.push(q.descriptor ? `${q.label} (${q.descriptor})` : q.label);
        const answer = example.answers[q.id as keyof typeof example.answers];
        expected.push(typeof answer === 'string' ? answer : 'Not yet agreed');
      }
    }
    expectInOrder(bodyText(pdf, 'Appendix B: Social media guidance updates 2019'), expected);
    expect(pdf.text).toContain('Lack of data should not prevent a thorough EIA');
    expect(pdf.text).toContain('Below, explain how the action plan you have formed');
    expect(pdf.text).toContain('Equality, Diversity and Inclusion Impact Assessment (EIA)');
    expect(pdf.text).not.toContain('Name the sources you used');
    expect(pdf.text).not.toContain('About this form');
  });

  it('numbers every page "Page X of Y" with the status and the export date', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      expect(page).toContain('Status: Draft · Exported 5 January 2026');
    });
  });

  it('repeats the appendix label and title at the top of every page after the first', () => {
    const header = 'Appendix B: Social media guidance updates 2019';
    expect(pdf.pages[0]).not.toContain(header);
    for (const page of pdf.pages.slice(1)) expect(page.startsWith(header)).toBe(true);
  });

  it('marks every page DRAFT (a drawing, not text) while the assessment is not agreed', async () => {
    const pages = await pagesWithDraftMark((await renderPdf(example)).bytes, colours.watermark);
    expect(pages).toEqual(pdf.pages.map((_, i) => i + 1));
    for (const page of pdf.pages) expect(page).not.toContain('DRAFT');
    for (const page of pdf.pages) expect(page).toContain('Status: Draft');
  });

  it('bookmarks each section', () => {
    expect(pdf.outline).toEqual(currentTemplate.sections.map((s) => `Section ${s.number}: ${s.title}`));
  });

  it('describes itself in its metadata', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Appendix B: Social media guidance updates 2019',
      Author: 'Katherine Timms',
      Subject: 'Equality, Diversity and Inclusion Impact Assessment',
      Keywords: expect.stringContaining('Equality impact assessment'),
      Language: 'en-GB',
      Creator: expect.stringMatching(/^EIA Builder \d+\.\d+\.\d+/),
      CreationDate: 'D:20260105120000Z',
    });
  });

  it('is named from the appendix label, the title and the meeting date', () => {
    expect(fileName).toBe('appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf');
  });
});

describe('the PDF appendix', () => {
  it('has no DRAFT mark once the assessment is agreed', async () => {
    const { bytes } = await renderPdf(buildExampleAssessment({ status: 'agreed' }));
    const pdf = await extractPdf(bytes);
    expect(pdf.text).not.toContain('DRAFT');
    expect(await pagesWithDraftMark(bytes, colours.watermark)).toEqual([]);
    expect(pdf.pages[0]).toContain('Status: Agreed');
  });

  it('keeps Welsh letters, accents, curly quotes, dashes, £ and € exactly as typed', async () => {
    const typed = {
      projectTitle: `Polisi’r Gymraeg ${HARD}`,
      assessorName: 'Siân Ŵyn-Jones and Zoë Ångström',
      age: `Pobl ifanc a hŷn: ${HARD}.`,
      welshLanguage: `Byddwn yn cyhoeddi’r canllawiau yn Gymraeg — “ŵyn” a ‘ŷd’ – cost £1,250 (€1,450).\nAil linell: ${HARD}`,
    };
    const { bytes } = await renderPdf(buildAssessment({ answers: typed }));
    const pdf = await extractPdf(bytes);
    for (const text of Object.values(typed)) expect(pdf.text).toContain(normalise(text));
    expect(pdf.info.Title).toBe(`Appendix B: ${typed.projectTitle}`);
    expect(pdf.info.Author).toBe(typed.assessorName);
  });

  it('draws symbols that Noto Sans lacks with a fallback font, so they extract as typed', async () => {
    const typed =
      'Aged ≥ 65 or ≤ 18 → review ✓ done ✗ not ● ★ ℃ ± µ ½ № … × ° © ™ ₹ Ελληνικά Українська Nguyễn';
    const { bytes, unsupported } = await renderPdf(buildAssessment({ answers: { age: typed } }));
    expect(unsupported).toEqual([]);
    expect((await extractPdf(bytes)).text).toContain(typed);
  });

  it('prints "�" for a character no bundled font has, says which, and keeps it in the attached data', async () => {
    const { bytes, unsupported } = await renderPdf(
      buildAssessment({ answers: { age: 'Ysgol 中文 school' } }),
    );
    expect(unsupported).toEqual(['中', '文']);
    expect((await extractPdf(bytes)).text).toContain('Ysgol �� school');
    expect((await extractEmbeddedEiaJson(bytes))?.text).toContain('Ysgol 中文 school');
  });

  it('prints decomposed accents as single letters, and tabs as spaces', async () => {
    const { bytes } = await renderPdf(buildAssessment({ answers: { age: 'Rene\u0301e\tand Zoe\u0308' } }));
    expect((await extractPdf(bytes)).text).toContain('Renée and Zoë');
  });

  it('never splits or hyphenates a word that fits on a line, even a 58-letter Welsh place name', async () => {
    const words =
      'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch internationalisation Cymreictod gwrth-hiliol ';
    const { bytes } = await renderPdf(buildAssessment({ answers: { age: words.repeat(30) } }));
    const pdf = await extractPdf(bytes);
    expect(bodyText(pdf, UNTITLED_HEADER)).toContain(normalise(words.repeat(30)));
  });

  it('breaks a web address too long for a line without running off the page or adding hyphens', async () => {
    const url = `https://www.example.org.uk/${'governance/welsh-language-scheme/'.repeat(6)}annex_2.pdf?page=4&lang=cy#para-4`;
    const block = `x${'W'.repeat(120)}x`;
    const { bytes } = await renderPdf(
      buildAssessment({ answers: { welshLanguage: `See ${url} and ${block}.` } }),
    );
    const pdf = await extractPdf(bytes);
    expect(bodyText(pdf, UNTITLED_HEADER).replace(/ /g, '')).toContain(`See${url}and${block}.`);
    for (const item of pdf.items.filter((i) => i.str !== 'DRAFT')) {
      expect(item.x + item.width, item.str).toBeLessThanOrEqual(pdf.pageWidth - 60);
    }
  });

  it('flows a 50,000-character answer across pages without losing any of it or touching the footer', async () => {
    const paragraph =
      'Registrants in Wales told us about ŵyn and ŷd, “quoted” – £5 or €6 – and much more besides. ';
    const answer = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${paragraph.repeat(14)}`)
      .join('\n\n')
      .slice(0, 50_000);
    expect(answer.length).toBe(50_000);
    const { bytes } = await renderPdf(buildAssessment({ answers: { whoAffected: answer } }));
    // Each font range is embedded once (it was 2.5 MB when pdfkit re-embedded a range at every switch).
    expect(bytes.length).toBeLessThan(300_000);
    const pdf = await extractPdf(bytes);

    expect(bodyText(pdf, UNTITLED_HEADER)).toContain(normalise(answer));
    expect(pdf.pages.length).toBeGreaterThan(10);

    // Body text stays between the header and the footer on every page (A4 is 842 pt high).
    const furniture = /^(DRAFT|Appendix B: Untitled assessment|Status: .*|Page \d+ of \d+)$/;
    const bodyItems = pdf.items.filter((i) => !furniture.test(i.str.trim()));
    for (const item of bodyItems) {
      expect(item.y, item.str).toBeGreaterThan(60);
      expect(item.y + item.height, item.str).toBeLessThan(pdf.pageHeight - 60);
    }
  });

  it('shows every empty answer of an empty assessment as "Not answered" (the app’s words; it said "Not completed")', async () => {
    const { bytes } = await renderPdf(buildAssessment());
    const pdf = await extractPdf(bytes);
    const textQuestions = currentTemplate.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.kind !== 'date');
    expect(count(pdf.text, 'Not answered')).toBe(textQuestions.length);
    expect(count(pdf.text, 'Not yet agreed')).toBe(1);
    expect(pdf.pages[0]).toContain('Untitled assessment');
  });

  it('keeps paragraphs, line breaks and bullets', async () => {
    const { bytes } = await renderPdf(
      buildAssessment({
        answers: { actionPlanSummary: 'We will:\n- publish in Welsh\n- monitor feedback\n\nThen review it.' },
      }),
    );
    const pdf = await extractPdf(bytes);
    expect(pdf.text).toContain('We will: • publish in Welsh • monitor feedback Then review it.');
  });

  it('adds "About this form" at the end when asked, with its own bookmark', async () => {
    const base = buildAssessment({ answers: buildCompleteAnswers() });
    const { bytes } = await renderPdf({
      ...base,
      publication: { ...base.publication, includeAboutThisForm: true },
    });
    const pdf = await extractPdf(bytes);
    expect(pdf.pages.at(-1)).toContain('About this form The Public Sector Equality Duty');
    expect(pdf.outline.at(-1)).toBe('About this form');
  });
});
