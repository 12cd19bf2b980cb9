/**
 * The Zod-free half of schemas/assessment.ts (which re-exports it): what the screens an assessment opens on need,
 * so they load no validation library (`npm run bench -- bundle`, schemas/plain/README.md).
 */
import type { AssessmentStatus } from '../assessment.ts';
import type { Language } from '../local-text.ts';

/** The version of the assessment record's shape (schemas/assessment.ts says how to change it). */
export const CURRENT_ASSESSMENT_SCHEMA_VERSION = 2 as const;

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  'ready-for-review': 'Ready for review',
  returned: 'Returned',
  agreed: 'Agreed',
};

/** The language an assessment is written in: English for records from before assessments had one. */
export function assessmentLanguage(assessment: { language?: Language | undefined }): Language {
  return assessment.language ?? 'en';
}
