import { answerOf, isAnswerEmpty } from '@schemas/plain/answers.ts';
import { type Answers } from '@schemas/answers.ts';
import { checkSection } from '@schemas/completion.ts';
import { helpersOf } from '@schemas/kinds/helpers.ts';
import type { Question, Section, Template } from '@schemas/template-definition.ts';

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/**
 * A section is Completed when the assessor marked it so and it still passes its checks (clearing a
 * required answer later puts it back to In progress); In progress when anything in it is answered;
 * otherwise Not started.
 */
export function sectionStatus(
  section: Section,
  answers: Answers,
  completedSections: readonly string[],
): SectionStatus {
  // Checks only when marked, and stops at the first answer found: the cheap order for whole templates.
  if (completedSections.includes(section.id) && checkSection(section, answers).length === 0)
    return 'completed';
  const anyAnswered = section.questions.some((q) => !isAnswerEmpty(q, answers));
  return anyAnswered || completedSections.includes(section.id) ? 'in-progress' : 'not-started';
}

/** What a section's status reads of one answer (each answer is read, and checked, once). */
export type AnswerState = { empty: boolean; passes: boolean };

export function answerState(question: Question, answers: Answers): AnswerState {
  const kind = helpersOf(question);
  const value = answerOf(question, answers);
  return { empty: kind.isEmpty(value), passes: kind.check(question, value) === null };
}

/**
 * The status of a section from the states of its answers, and whether the assessor marked it completed:
 * the same as sectionStatus, for callers that keep each answer's state (the live status while typing).
 */
export function statusFrom(states: readonly AnswerState[], marked: boolean): SectionStatus {
  if (marked && states.every((s) => s.passes)) return 'completed';
  return marked || states.some((s) => !s.empty) ? 'in-progress' : 'not-started';
}

export type SectionSummary = { section: Section; status: SectionStatus };

export function summariseSections(
  template: Template,
  answers: Answers,
  completedSections: readonly string[],
): { sections: SectionSummary[]; completedCount: number; total: number } {
  const sections = template.sections.map((section) => ({
    section,
    status: sectionStatus(section, answers, completedSections),
  }));
  return {
    sections,
    completedCount: sections.filter((s) => s.status === 'completed').length,
    total: sections.length,
  };
}
