import type { Answers } from '@schemas/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import { createAssessment, createExampleAssessment } from '@/domain/new-assessment.ts';

/** Test data builders: a valid assessment with just the parts a test cares about changed. */
export function buildAssessment(
  partial: Partial<Omit<Assessment, 'answers'>> & { answers?: Answers } = {},
): Assessment {
  const { answers, ...rest } = partial;
  const base = createAssessment({ id: rest.id ?? 'test-assessment', now: new Date('2026-01-05T10:00:00Z') });
  return { ...base, ...rest, answers: { ...base.answers, ...answers } };
}

export function buildExampleAssessment(partial: Partial<Assessment> = {}): Assessment {
  return {
    ...createExampleAssessment({ id: 'example-social-media-2019', now: new Date('2019-09-01T09:00:00Z') }),
    ...partial,
  };
}

/** Every answer filled with a distinctive text (dates with a real date). */
export function buildCompleteAnswers(fill: (key: string) => string = (k) => `Answer for ${k}.`): Answers {
  const base = createAssessment().answers;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) {
    out[key] = key === 'dateAgreed' ? { day: '11', month: '9', year: '2019' } : fill(key);
  }
  return out as Answers;
}
