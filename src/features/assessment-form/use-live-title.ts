import { answerText, questionWithRole, type AnswersInput } from '@schemas/answers.ts';
import { type Template } from '@schemas/template-definition.ts';
import { useWatch, type Control } from 'react-hook-form';
import { UNTITLED } from '@/domain/assessment-summary.ts';
import { type AnswersForm } from './answers-form.ts';
import { shownTitle } from '@/components/i18n/shown-title.ts';
import { useLocale } from '@/components/i18n/use-locale.ts';

/**
 * The assessment's title as typed so far (the answer of the template's `title` question; "Untitled
 * assessment" when blank or when the template has none); re-renders only when it changes.
 */
export function useLiveTitle(control: AnswersForm['control'], template: Template): string {
  const question = questionWithRole(template, 'title');
  const title = useWatch({
    control: control as Control<AnswersInput>,
    name: question?.id ?? '',
    exact: true,
    compute: (value: unknown) =>
      (question ? answerText(question, { [question.id]: value as string }) : '').trim() || UNTITLED,
  }) as string | undefined;
  useLocale();
  return shownTitle(title ?? UNTITLED);
}
