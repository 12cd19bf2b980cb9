import { describe, expect, it } from 'vitest';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import {
  impactPartsAssessment,
  withAnswerPartsTemplates,
  welshPartsAssessment,
  yesNoPartsAssessment,
} from '../answer-parts-cases.ts';

/**
 * The sub-questions inside an answer in the accessible HTML: the rating and each sub-question ("Why do
 * you think this?", a yes / no question's follow-up) is a <dt>, its answer the <dd> after it; in Welsh
 * in a Welsh appendix. (The PDF: tests/pdf/answer-parts.test.ts.)
 */
const EXPORTED_AT = new Date('2026-01-05T12:00:00Z');
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

withAnswerPartsTemplates();

describe('sub-questions of an answer in the accessible HTML', () => {
  function parse(html: string): Document {
    return new DOMParser().parseFromString(html, 'text/html');
  }

  it('writes the rating and each sub-question as a <dt>, its answer as the <dd> after it', () => {
    const assessment = impactPartsAssessment();
    const doc = parse(buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT }).html);
    const question = [...doc.querySelectorAll('.question')].find((h) =>
      h.textContent?.startsWith('Older people'),
    )!;
    const answer = question.nextElementSibling!;
    const pairs = [...answer.querySelectorAll('dl > dt')].map((dt) => [
      dt.textContent,
      normalise(dt.nextElementSibling?.tagName === 'DD' ? dt.nextElementSibling.textContent! : ''),
    ]);
    expect(pairs).toEqual([
      ['Impact', 'Negative, Not known'],
      ['Why do you think this?', 'Fewer evening buses on route 7.'],
      ['What will you do about the negative impact?', 'Keep route 7 running until ten at night.'],
    ]);
    // Not written as if the assessor had typed the question.
    expect([...answer.querySelectorAll('p')].map((p) => p.textContent)).not.toContain(
      'Why do you think this?',
    );
  });

  it('writes a yes / no answer, then its follow-up question as a <dt>', () => {
    const assessment = yesNoPartsAssessment();
    const doc = parse(buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT }).html);
    const answer = doc.getElementById('q-consulted')!.nextElementSibling!;
    expect(answer.querySelector('p')?.textContent).toBe('Yes');
    expect(answer.querySelector('dt')?.textContent).toBe('If yes, which networks and what did they say?');
    expect(answer.querySelector('dd')?.textContent).toBe('The disability network liked it.');
  });

  it('writes the ratings and the usual sub-questions in Welsh in a Welsh appendix', () => {
    const assessment = welshPartsAssessment({ ratings: ['positive'], why: 'Mwy o fysiau.', mitigation: '' });
    const doc = parse(buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT }).html);
    const answer = doc.getElementById('q-age')!.nextElementSibling!;
    expect([...answer.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Effaith',
      "Pam ydych chi'n meddwl hyn?",
    ]);
    expect(answer.querySelector('dd')?.textContent).toBe('Cadarnhaol');
  });
});
