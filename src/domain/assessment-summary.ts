import type { Assessment, AssessmentStatus } from '@schemas/assessment.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { summariseSections } from './section-status.ts';

/**
 * The small, denormalised row that lists and overviews draw from, so that a list of 10,000
 * assessments never loads their answers. Storage keeps one per assessment, rebuilt on every save.
 * Bump SUMMARY_VERSION whenever this shape or how it is computed changes: storage then rebuilds
 * every stored summary from the full records.
 */
export const SUMMARY_VERSION = 1;

export type AssessmentSummary = {
  id: string;
  title: string;
  assessorName: string;
  status: AssessmentStatus;
  revision: number;
  completedSections: number;
  totalSections: number;
  createdAt: string;
  updatedAt: string;
  summaryVersion: number;
};

export const UNTITLED = 'Untitled assessment';

export function summariseAssessment(assessment: Assessment): AssessmentSummary {
  const template = findTemplate(assessment.templateId, assessment.templateVersion);
  if (!template) throw new Error(`Unknown template ${assessment.templateId} ${assessment.templateVersion}`);
  const { completedCount, total } = summariseSections(
    template,
    assessment.answers,
    assessment.completedSections,
  );
  return {
    id: assessment.id,
    title: assessment.answers.projectTitle.trim() || UNTITLED,
    assessorName: assessment.answers.assessorName.trim(),
    status: assessment.status,
    revision: assessment.revision,
    completedSections: completedCount,
    totalSections: total,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    summaryVersion: SUMMARY_VERSION,
  };
}
