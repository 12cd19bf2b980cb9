import { answerText, questionWithRole } from '@schemas/plain/answers.ts';
import { type Template } from '@schemas/template-definition.ts';
import { useCallback, useSyncExternalStore } from 'react';
import { UNTITLED } from '@/domain/assessment-summary.ts';
import { shownTitle } from '@/components/i18n/shown-title.ts';
import { useLocale } from '@/components/i18n/use-locale.ts';
import { type LiveAnswers } from './live-answers.ts';

/**
 * The assessment's title as typed so far (the answer of the template's `title` question; "Untitled
 * assessment" when blank or when the template has none); re-renders only when it changes.
 */
export function useLiveTitle(answers: LiveAnswers, template: Template): string {
  const title = useCallback(() => {
    const question = questionWithRole(template, 'title');
    return (question ? answerText(question, answers.get()) : '').trim() || UNTITLED;
  }, [answers, template]);
  const typed = useSyncExternalStore(answers.subscribe, title, title);
  useLocale();
  return shownTitle(typed);
}
