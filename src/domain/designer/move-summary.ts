import type { Assessment } from '@schemas/assessment.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { planVersionMove, type VersionMoveRefusal } from '../version-move.ts';

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
  /** Why some cannot move (each reason once), in English. */
  refusals: string[];
  /** The same reasons as problem codes with their values, for the interface's catalogue (`move.refusal.*`). */
  refusalProblems: VersionMoveRefusal[];
  /**
   * Each question asked as another kind than an assessment answered it under: how many of those answers
   * would be converted to the new kind, and how many kept under "Answers to questions no longer asked".
   */
  kindChanges: KindChangeMove[];
};

export type KindChangeMove = {
  questionId: string;
  /** The question's label in the new version (English). */
  label: string;
  from: string;
  to: string;
  converted: number;
  keptAside: number;
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
    refusalProblems: [],
    kindChanges: [],
  };
  const kindChange = (questionId: string, from: string, toKind: string) => {
    let entry = summary.kindChanges.find((k) => k.questionId === questionId && k.from === from);
    if (!entry) {
      const question = to.sections.flatMap((s) => s.questions).find((q) => q.id === questionId);
      entry = {
        questionId,
        label: question?.label.en ?? questionId,
        from,
        to: toKind,
        converted: 0,
        keptAside: 0,
      };
      summary.kindChanges.push(entry);
    }
    return entry;
  };
  for (const assessment of assessments) {
    if (assessment.templateId !== to.id || assessment.templateVersion === to.version) continue;
    const from = findDefinition(assessment.templateId, assessment.templateVersion);
    if (!from) continue;
    summary.assessments += 1;
    const plan = planVersionMove(assessment, from, to);
    if (plan.refusal) {
      if (!summary.refusals.includes(plan.refusal)) {
        summary.refusals.push(plan.refusal);
        if (plan.refusalProblem) summary.refusalProblems.push(plan.refusalProblem);
      }
      continue;
    }
    summary.movable += 1;
    summary.carried += plan.carried.length;
    summary.converted += plan.converted.length;
    summary.noLongerAsked += plan.noLongerAsked.length;
    summary.reopenedSections += plan.reopenedSections.length;
    for (const item of plan.converted) {
      if (item.fromKind && item.toKind)
        kindChange(item.questionId, item.fromKind, item.toKind).converted += 1;
    }
    for (const item of plan.noLongerAsked) {
      if (item.fromKind && item.toKind && item.fromKind !== item.toKind) {
        kindChange(item.questionId, item.fromKind, item.toKind).keptAside += 1;
      }
    }
  }
  return summary;
}
