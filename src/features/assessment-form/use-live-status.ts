import { type Answers, type AnswersInput } from '@schemas/answers.ts';
import { type Question, type Section, type Template } from '@schemas/template-definition.ts';
import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import {
  answerState,
  sectionStatus,
  statusFrom,
  type AnswerState,
  type SectionStatus,
} from '@/domain/section-status.ts';
import { toAnswers, type AnswersForm } from './answers-form.ts';

type FormControl = AnswersForm['control'];

/**
 * The last state worked out for each question, with the value it was worked out from (as JSON): a
 * keystroke changes one answer of the section, so only that one is read and checked again.
 */
const lastStates = new WeakMap<Question, { value: string; state: AnswerState }>();

function liveAnswerState(question: Question, value: unknown): AnswerState {
  const key = value === undefined ? '' : JSON.stringify(value);
  const last = lastStates.get(question);
  if (last && last.value === key) return last.state;
  const state = answerState(question, { [question.id]: value } as Answers);
  lastStates.set(question, { value: key, state });
  return state;
}

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
      const states = section.questions.map((question, i) => liveAnswerState(question, values[i]));
      return [statusFrom(states, true), statusFrom(states, false)] as const;
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
