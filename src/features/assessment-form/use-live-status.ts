import { type Answers } from '@schemas/answers.ts';
import { type Question, type Section, type Template } from '@schemas/template-definition.ts';
import { useCallback, useSyncExternalStore } from 'react';
import { answerState, statusFrom, type AnswerState, type SectionStatus } from '@/domain/section-status.ts';
import { type LiveAnswers } from './live-answers.ts';

/**
 * The last state worked out for each question, with the answer it was worked out from. Answers the
 * person did not change keep their identity (live-answers.ts), so a keystroke reads and checks only the
 * answer it changed; every other question's state is found by comparing one reference.
 */
const lastStates = new WeakMap<Question, { value: unknown; state: AnswerState }>();

function liveAnswerState(question: Question, answers: Answers): AnswerState {
  const value = answers[question.id];
  const last = lastStates.get(question);
  if (last && last.value === value) return last.state;
  const state = answerState(question, answers);
  lastStates.set(question, { value, state });
  return state;
}

function statusOf(section: Section, answers: Answers, marked: boolean): SectionStatus {
  return statusFrom(
    section.questions.map((question) => liveAnswerState(question, answers)),
    marked,
  );
}

/**
 * A section's status, live as the user types: the calling component re-renders only when the status
 * itself changes, not on every keystroke. Marking a section (the list of completed sections) updates it
 * at once too.
 */
export function useLiveSectionStatus(
  answers: LiveAnswers,
  section: Section,
  completedSections: readonly string[],
): SectionStatus {
  const marked = completedSections.includes(section.id);
  const status = useCallback(() => statusOf(section, answers.get(), marked), [answers, section, marked]);
  return useSyncExternalStore(answers.subscribe, status, status);
}

/** How many sections are completed, live; re-renders only when that number changes. */
export function useLiveCompletedCount(
  answers: LiveAnswers,
  template: Template,
  completedSections: readonly string[],
): number {
  const count = useCallback(() => {
    const now = answers.get();
    return template.sections.filter(
      (s) => completedSections.includes(s.id) && statusOf(s, now, true) === 'completed',
    ).length;
  }, [answers, template, completedSections]);
  return useSyncExternalStore(answers.subscribe, count, count);
}
