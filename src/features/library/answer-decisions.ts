import { findTemplate } from '@schemas/templates/index.ts';
import type { AnswerDifference } from '@/domain/merge.ts';
import type { ImportConflict } from '@/storage/import-store.ts';

/** Per question id: keep the file's answer ('theirs') or this browser's ('yours'). */
export type Decisions = Readonly<Record<string, 'theirs' | 'yours'>>;

/**
 * What is chosen before the person chooses: the file's answer where only the file changed it since the
 * two copies were last the same (its newer answer); nothing where both changed it or it cannot be told.
 */
export function initialDecisions(differences: readonly AnswerDifference[]): Decisions {
  return Object.fromEntries(
    differences.filter((d) => !d.forced && d.changed === 'theirs').map((d) => [d.questionId, 'theirs']),
  );
}

/** The differences still waiting for a choice. */
export function undecided(
  differences: readonly AnswerDifference[],
  decisions: Decisions,
): AnswerDifference[] {
  return differences.filter((d) => !d.forced && !decisions[d.questionId]);
}

/** The question's label as the template prints it (its id when the template is not known here). */
export function questionLabel(
  conflict: Pick<ImportConflict, 'templateId' | 'templateVersion'>,
  questionId: string,
): string {
  const template = findTemplate(conflict.templateId, conflict.templateVersion);
  for (const section of template?.sections ?? [])
    for (const q of section.questions) if (q.id === questionId) return q.label;
  return questionId;
}

/** The question's section, "Section 3: Analysis by equality group" (empty when not known). */
export function sectionOf(
  conflict: Pick<ImportConflict, 'templateId' | 'templateVersion'>,
  questionId: string,
): string {
  const template = findTemplate(conflict.templateId, conflict.templateVersion);
  const section = template?.sections.find((s) => s.questions.some((q) => q.id === questionId));
  return section ? `Section ${section.number}: ${section.title}` : '';
}
