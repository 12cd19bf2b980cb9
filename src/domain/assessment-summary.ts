import { assessmentLanguage, type Assessment, type AssessmentStatus } from '@schemas/assessment.ts';
import type { Language } from '@schemas/local-text.ts';
import { assessmentAssessor, assessmentTitle } from './assessment-roles.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { answerOf, isAnswerEmpty, questionsWithRole } from '@schemas/answers.ts';
import { openCommentCount } from './comments.ts';
import { outputKindOf } from './kinds/index.ts';
import { countFindings, findingsFor, groupStates, type GroupState } from './findings/index.ts';
import { summariseSections } from './section-status.ts';

/**
 * The small, denormalised row that lists and overviews draw from, so that a list of 10,000
 * assessments never loads their answers. Storage keeps one per assessment, rebuilt on every save.
 * Bump SUMMARY_VERSION whenever this shape or how it is computed changes: storage then rebuilds
 * every stored summary from the full records.
 */
export const SUMMARY_VERSION = 4;
// 2: missingCount, weakCount, openComments and the per-group grid (review findings).
// 3: groupRatings (an impact question's ratings in words), and the impact kind's own findings.
// 4: language (the title is shown tagged with it on a page in the other language).

export type AssessmentSummary = {
  id: string;
  title: string;
  /** The language the assessment is written in (its title is in it). Absent in rows built before version 4. */
  language?: Language;
  assessorName: string;
  status: AssessmentStatus;
  revision: number;
  completedSections: number;
  totalSections: number;
  createdAt: string;
  updatedAt: string;
  /** Questions with a missing answer (blocks agreement). */
  missingCount: number;
  /** Questions whose answer is weak (to look at), not counting missing ones. */
  weakCount: number;
  /** Comments not yet resolved. */
  openComments: number;
  /** Each equality-group question of the template (section 3): answered, weak or missing. */
  groups: Record<string, GroupState>;
  /** Words beside a group's state in the grid, e.g. an impact's ratings "Negative, Not known". */
  groupRatings?: Record<string, string>;
  summaryVersion: number;
};

export const UNTITLED = 'Untitled assessment';

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
