import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import { impactTableTemplate } from '../impact-table-template.ts';
import { optionKindsTemplate } from '../option-kinds-template.ts';
import { welshImpactTemplate } from '../welsh-impact-template.ts';

/**
 * The sub-questions inside an answer in the accessible HTML: the rating and each sub-question ("Why do
 * you think this?", a yes / no question's follow-up) is a <dt>, its answer the <dd> after it; in Welsh
 * in a Welsh appendix. (The PDF: tests/pdf/answer-parts.test.ts.)
 */
const EXPORTED_AT = new Date('2026-01-05T12:00:00Z');
const impacts = {
  name: 'Bus timetable review',
  olderPeople: {
    ratings: ['negative', 'not-known'],
    why: 'Fewer evening buses on route 7.',
    mitigation: 'Keep route 7 running until ten at night.',
  },
  youngPeople: { ratings: ['positive'], why: 'More school-time buses.', mitigation: '' },
};

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

beforeAll(() => {
  registerTemplate(impactTableTemplate);
  registerTemplate(optionKindsTemplate);
  registerTemplate(welshImpactTemplate);
});
afterAll(() => forgetLearntTemplates());

describe('sub-questions of an answer in the accessible HTML', () => {
  function parse(html: string): Document {
    return new DOMParser().parseFromString(html, 'text/html');
  }

  it('writes the rating and each sub-question as a <dt>, its answer as the <dd> after it', () => {
    const template = localiseTemplate(impactTableTemplate);
    const assessment = createAssessment({ id: 'parts', template, answers: impacts as never });
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
    const template = localiseTemplate(optionKindsTemplate);
    const assessment = createAssessment({
      id: 'yes-no',
      template,
      answers: { consulted: { choice: 'yes', followUp: 'The disability network liked it.' } } as never,
    });
    const doc = parse(buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT }).html);
    const answer = doc.getElementById('q-consulted')!.nextElementSibling!;
    expect(answer.querySelector('p')?.textContent).toBe('Yes');
    expect(answer.querySelector('dt')?.textContent).toBe('If yes, which networks and what did they say?');
    expect(answer.querySelector('dd')?.textContent).toBe('The disability network liked it.');
  });

  it('writes the ratings and the usual sub-questions in Welsh in a Welsh appendix', () => {
    const template = localiseTemplate(welshImpactTemplate, 'cy');
    const assessment = createAssessment({
      id: 'welsh',
      template,
      language: 'cy',
      answers: {
        age: { ratings: ['positive'], why: 'Mwy o fysiau.', mitigation: '' },
      } as never,
    });
    const doc = parse(buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT }).html);
    const answer = doc.getElementById('q-age')!.nextElementSibling!;
    expect([...answer.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Effaith',
      "Pam ydych chi'n meddwl hyn?",
    ]);
    expect(answer.querySelector('dd')?.textContent).toBe('Cadarnhaol');
  });
});
