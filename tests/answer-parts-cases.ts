import type { Assessment } from '@schemas/assessment.ts';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterAll, beforeAll } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { impactTableTemplate } from './impact-table-template.ts';
import { optionKindsTemplate } from './option-kinds-template.ts';
import { welshImpactTemplate } from './welsh-impact-template.ts';

/**
 * The assessments whose answers hold sub-questions (an impact rating with "why" and "mitigation", a yes /
 * no question's follow-up, the same in Welsh), shared by the PDF and the accessible HTML tests of how those
 * sub-questions are printed (tests/pdf/answer-parts.test.ts, tests/html/answer-parts.test.ts).
 */

/** Registers the three templates for the file's tests, and forgets them after. */
export function withAnswerPartsTemplates(): void {
  beforeAll(() => {
    registerTemplate(impactTableTemplate);
    registerTemplate(optionKindsTemplate);
    registerTemplate(welshImpactTemplate);
  });
  afterAll(() => forgetLearntTemplates());
}

/** "Older people" rated negative and not known, with why and mitigation; "Young people" positive. */
export function impactPartsAssessment(): Assessment {
  return createAssessment({
    id: 'parts',
    template: localiseTemplate(impactTableTemplate),
    answers: {
      name: 'Bus timetable review',
      olderPeople: {
        ratings: ['negative', 'not-known'],
        why: 'Fewer evening buses on route 7.',
        mitigation: 'Keep route 7 running until ten at night.',
      },
      youngPeople: { ratings: ['positive'], why: 'More school-time buses.', mitigation: '' },
    } as never,
  });
}

/** "Have you consulted staff networks?" answered yes, with its follow-up. */
export function yesNoPartsAssessment(): Assessment {
  return createAssessment({
    id: 'yes-no',
    template: localiseTemplate(optionKindsTemplate),
    answers: { consulted: { choice: 'yes', followUp: 'The disability network liked it.' } } as never,
  });
}

/** A Welsh assessment on a bilingual template: "age" rated with a why (and the mitigation given). */
export function welshPartsAssessment(age: {
  ratings: string[];
  why: string;
  mitigation: string;
}): Assessment {
  return createAssessment({
    id: 'welsh',
    template: localiseTemplate(welshImpactTemplate, 'cy'),
    language: 'cy',
    answers: { age } as never,
  });
}
