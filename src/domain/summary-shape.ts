import type { AssessmentStatus } from '@schemas/assessment.ts';
import type { Language } from '@schemas/local-text.ts';
import type { GroupState } from './findings/index.ts';

/**
 * The shape of an assessment's summary (assessment-summary.ts builds it), apart from how it is built, so
 * the library (which reads only stored summaries) loads no schemas or review rules.
 *
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
