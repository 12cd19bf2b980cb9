// @vitest-environment node
import { en } from '@schemas/local-text.ts';
import { localiseTemplate, type TemplateDefinition } from '@schemas/template-definition.ts';
import { registerTemplate } from '@schemas/templates/index.ts';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import {
  impactPartsAssessment,
  withAnswerPartsTemplates,
  welshPartsAssessment,
  yesNoPartsAssessment,
} from '../answer-parts-cases.ts';
import { impactTableTemplate } from '../impact-table-template.ts';
import { renderPdf } from './node-pdf.ts';
import { extractPdf, normalise, type ExtractedPdf } from './pdf-text.ts';

/**
 * The sub-questions inside an answer ("Why do you think this?", "What will you do about the negative
 * impact?", a yes / no question's follow-up) are printed as labels, not as if the assessor had typed them:
 * in the PDF in a label's bold face, in the accessible HTML as <dt> terms with the answer as <dd>. The
 * ratings are words, in the appendix's language (Welsh in a Welsh appendix).
 */
withAnswerPartsTemplates();

function item(pdf: ExtractedPdf, text: string) {
  const found = pdf.items.find((i) => normalise(i.str).startsWith(text));
  if (!found) throw new Error(`"${text}" is not printed`);
  return found;
}

describe('sub-questions of an answer in the PDF', () => {
  it('prints an impact answer’s why and mitigation questions as labels, and the ratings in words', async () => {
    const assessment = impactPartsAssessment();
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    const label = item(pdf, 'Older people');
    const answer = item(pdf, 'Fewer evening buses');
    expect(label.fontName).not.toBe(answer.fontName);
    for (const subLabel of [
      'Why do you think this?',
      'What will you do about the negative impact?',
      'Why? Describe the impact',
    ]) {
      expect(item(pdf, subLabel).fontName, subLabel).toBe(label.fontName);
    }
    expect(pdf.text).toContain('Impact: Negative, Not known');
    expect(pdf.text).toContain('Impact: Positive');
    // In order: the rating, why and its answer, then the mitigation and its answer.
    const order = [
      'Impact: Negative, Not known',
      'Why do you think this? Fewer evening buses on route 7.',
      'What will you do about the negative impact? Keep route 7 running until ten at night.',
    ].map((text) => pdf.text.indexOf(text));
    expect(order.every((at) => at > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  }, 60_000);

  it('prints a yes / no question’s follow-up as a label', async () => {
    const assessment = yesNoPartsAssessment();
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    const label = item(pdf, 'Have you consulted staff networks?');
    expect(item(pdf, 'If yes, which networks').fontName).toBe(label.fontName);
    expect(item(pdf, 'The disability network').fontName).not.toBe(label.fontName);
    expect(pdf.text).toContain(
      'Have you consulted staff networks? Yes If yes, which networks and what did they say? The disability network liked it.',
    );
  }, 60_000);

  it('prints the ratings and the usual sub-questions in Welsh in a Welsh appendix', async () => {
    const assessment = welshPartsAssessment({
      ratings: ['negative', 'not-known'],
      why: 'Llai o fysiau gyda’r nos.',
      mitigation: 'Cadw llwybr 7.',
    });
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    expect(pdf.text).toContain('Effaith: Negyddol, Ddim yn hysbys');
    expect(pdf.text).toContain("Pam ydych chi'n meddwl hyn? Llai o fysiau gyda’r nos.");
    expect(pdf.text).toContain("Beth fyddwch chi'n ei wneud am yr effaith negyddol? Cadw llwybr 7.");
    expect(pdf.text).not.toMatch(/Impact|Negative|Not known|Why do you think/);
  }, 60_000);
});

describe('sub-questions across pages', () => {
  const GROUPS = 14;
  const reason = (n: number, token: string) =>
    `${token} The evening timetable changes who can travel and when, and the survey showed it. `.repeat(
      (n * 5) % 13 || 1,
    );
  const manyImpacts: TemplateDefinition = {
    ...impactTableTemplate,
    id: 'acme-many-impacts',
    sections: [
      {
        id: 'groups',
        number: 1,
        title: en('Groups'),
        guidance: [],
        questions: Array.from({ length: GROUPS }, (_, n) => ({
          id: `group${n}`,
          kind: 'impact' as const,
          role: 'equality-group' as const,
          label: en(`Group ${n}`),
          whyLabel: en(`Why for group ${n}?`),
          mitigationLabel: en(`Plan for group ${n}?`),
          required: false,
        })),
      },
    ],
  };

  it('keeps each sub-question on the page where its answer starts', async () => {
    registerTemplate(manyImpacts);
    const answers = Object.fromEntries(
      Array.from({ length: GROUPS }, (_, n) => [
        `group${n}`,
        { ratings: ['negative'], why: reason(n, `W${n}x`), mitigation: reason(n + 3, `M${n}x`) },
      ]),
    );
    const assessment = createAssessment({
      id: 'many-impacts',
      template: localiseTemplate(manyImpacts),
      answers: answers as never,
    });
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    expect(pdf.pages.length).toBeGreaterThan(3);
    const stranded = Array.from({ length: GROUPS }, (_, n) => [
      [`Why for group ${n}?`, `W${n}x`],
      [`Plan for group ${n}?`, `M${n}x`],
    ])
      .flat()
      .filter(([label, token]) => item(pdf, label!).page !== item(pdf, token!).page)
      .map(([label]) => label);
    expect(stranded).toEqual([]);
  }, 60_000);
});
