import type { Assessment } from '@schemas/assessment.ts';
import { createAssessment } from '@/domain/new-assessment.ts';

/**
 * The peer-benchmark content: every question answered with about 1,200 characters (21 answers of
 * ~1,200 characters, the text the commercial peer survey-pdf was measured with), title and names short.
 */
const SENTENCE =
  'The policy team reviewed registration data, complaints and consultation responses from registrants and service users in England, Wales, Scotland and Northern Ireland, and found no evidence of a differential impact. ';

export function peerAnswer(n: number): string {
  return `${n}. ${SENTENCE.repeat(6)}`.slice(0, 1200).trim();
}

export function peerAssessment(id = 'peer'): Assessment {
  const base = createAssessment({ id, now: new Date('2026-01-05T10:00:00Z') });
  const answers = { ...base.answers };
  let n = 0;
  for (const key of Object.keys(answers) as Array<keyof typeof answers>) {
    if (key === 'dateAgreed') continue;
    n += 1;
    (answers as Record<string, unknown>)[key] =
      key === 'projectTitle' ? 'Fees review 2026' : key === 'assessorName' ? 'Alex Morgan' : peerAnswer(n);
  }
  return { ...base, answers };
}
