import { isAnswerEmpty, type Answers } from '@schemas/answers.ts';
import { checkSection } from '@schemas/completion.ts';
import type { Section, Template } from '@schemas/template-definition.ts';

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
  if (completedSections.includes(section.id) && checkSection(section, answers).length === 0)
    return 'completed';
  const anyAnswered = section.questions.some((q) => !isAnswerEmpty(q, answers));
  return anyAnswered || completedSections.includes(section.id) ? 'in-progress' : 'not-started';
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
