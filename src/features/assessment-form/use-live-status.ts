import { type Answers, type AnswersInput } from '@schemas/answers.ts';
import { type Section, type Template } from '@schemas/template-definition.ts';
import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { sectionStatus, type SectionStatus } from '@/domain/section-status.ts';
import { toAnswers, type AnswersForm } from './answers-form.ts';

type FormControl = AnswersForm['control'];

/**
 * A section's status, live as the user types. The form is watched through `compute`, so the calling
 * component re-renders only when the status itself changes, not on every keystroke. Both possible
 * statuses (marked completed or not) are computed from the answers, and the list of completed
 * sections picks one, so marking a section updates at once too.
 */
export function useLiveSectionStatus(
  control: FormControl,
  section: Section,
  completedSections: readonly string[],
): SectionStatus {
  const names = useMemo(() => section.questions.map((q) => q.id) as Array<keyof AnswersInput>, [section]);
  const [ifMarked, ifNotMarked] = useWatch({
    control: control as Control<AnswersInput>,
    name: names,
    compute: (values: unknown[]) => {
      // Raw form values: each question's kind reads its own answer shape (answerOf), so no parse here.
      const answers = Object.fromEntries(names.map((name, i) => [name, values[i]])) as Answers;
      return [sectionStatus(section, answers, [section.id]), sectionStatus(section, answers, [])] as const;
    },
  });
  return completedSections.includes(section.id) ? ifMarked : ifNotMarked;
}

/** How many sections are completed, live; re-renders only when a section's status could change. */
export function useLiveCompletedCount(
  control: FormControl,
  template: Template,
  completedSections: readonly string[],
): number {
  const completeIfMarked = useWatch({
    control: control as Control<AnswersInput>,
    compute: (values: AnswersInput) => {
      const answers = toAnswers(values, template);
      return template.sections.map((s) => sectionStatus(s, answers, [s.id]) === 'completed');
    },
  });
  return template.sections.filter((s, i) => completeIfMarked[i] && completedSections.includes(s.id)).length;
}
