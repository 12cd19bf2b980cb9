import { assessmentLanguage } from '@schemas/plain/assessment.ts';
import { type Assessment } from '@schemas/assessment.ts';
import { assessmentAssessor, assessmentTitle } from './assessment-roles.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { answerOf, isAnswerEmpty, questionsWithRole } from '@schemas/plain/answers.ts';
import { openCommentCount } from './comments.ts';
import { outputKindOf } from './kinds/index.ts';
import { countFindings, findingsFor, groupStates } from './findings/index.ts';
import { summariseSections } from './section-status.ts';
import { SUMMARY_VERSION, UNTITLED, type AssessmentSummary } from './summary-shape.ts';

export { SUMMARY_VERSION, UNTITLED, type AssessmentSummary } from './summary-shape.ts';

/**
 * `today` is the day "Date EIA agreed" must not be later than; it defaults to now. A summary built
 * today can go stale only for a future agreed date, which the full findings on opening show correctly.
 */
export function summariseAssessment(
  assessment: Assessment,
  options: { today?: Date } = {},
): AssessmentSummary {
  const template = findTemplate(assessment.templateId, assessment.templateVersion);
  if (!template) throw new Error(`Unknown template ${assessment.templateId} ${assessment.templateVersion}`);
  const { completedCount, total } = summariseSections(
    template,
    assessment.answers,
    assessment.completedSections,
  );
  const findings = findingsFor(assessment, template, { today: options.today ?? new Date() });
  const { missing, weak } = countFindings(findings);
  return {
    id: assessment.id,
    title: assessmentTitle(assessment, template) || UNTITLED,
    language: assessmentLanguage(assessment),
    assessorName: assessmentAssessor(assessment, template),
    status: assessment.status,
    revision: assessment.revision,
    completedSections: completedCount,
    totalSections: total,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    missingCount: missing,
    weakCount: weak,
    openComments: openCommentCount(assessment),
    groups: groupStates(template, findings),
    groupRatings: Object.fromEntries(
      questionsWithRole(template, 'equality-group').flatMap((q) => {
        const gridText = outputKindOf(q).gridText;
        if (!gridText || isAnswerEmpty(q, assessment.answers)) return [];
        const text = gridText(q, answerOf(q, assessment.answers));
        return text ? [[q.id, text]] : [];
      }),
    ),
    summaryVersion: SUMMARY_VERSION,
  };
}
