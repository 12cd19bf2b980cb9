import type { Assessment } from '@schemas/assessment.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { planVersionMove } from '../version-move.ts';

/**
 * What moving the existing assessments of a template to a new version would do, added up over every
 * assessment on an older version (the migration engine's plan for each, src/domain/version-move.ts).
 * Shown before a version is published; nothing moves until an assessor chooses to move theirs.
 */
export type MoveSummary = {
  /** Assessments on an older version of this template. */
  assessments: number;
  /** Of them, those that could move (agreed ones stay on their version). */
  movable: number;
  carried: number;
  converted: number;
  noLongerAsked: number;
  reopenedSections: number;
  /** Why some cannot move (each reason once). */
  refusals: string[];
};

export function summariseMoves(
  assessments: readonly Assessment[],
  to: TemplateDefinition,
  findDefinition: (id: string, version: string) => TemplateDefinition | undefined,
): MoveSummary {
  const summary: MoveSummary = {
    assessments: 0,
    movable: 0,
    carried: 0,
    converted: 0,
    noLongerAsked: 0,
    reopenedSections: 0,
    refusals: [],
  };
  for (const assessment of assessments) {
    if (assessment.templateId !== to.id || assessment.templateVersion === to.version) continue;
    const from = findDefinition(assessment.templateId, assessment.templateVersion);
    if (!from) continue;
    summary.assessments += 1;
    const plan = planVersionMove(assessment, from, to);
    if (plan.refusal) {
      if (!summary.refusals.includes(plan.refusal)) summary.refusals.push(plan.refusal);
      continue;
    }
    summary.movable += 1;
    summary.carried += plan.carried.length;
    summary.converted += plan.converted.length;
    summary.noLongerAsked += plan.noLongerAsked.length;
    summary.reopenedSections += plan.reopenedSections.length;
  }
  return summary;
}
