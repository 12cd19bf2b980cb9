import { type Template } from '@schemas/template-definition.ts';
import { type LiveAnswers } from './live-answers.ts';
import { useLiveCompletedCount } from './use-live-status.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/** "2 of 6 sections completed", live. */
export function CompletedCount({
  answers,
  template,
  completedSections,
}: {
  answers: LiveAnswers;
  template: Template;
  completedSections: readonly string[];
}) {
  const count = useLiveCompletedCount(answers, template, completedSections);
  const t = useT();
  return (
    <p className="govuk-body">{t('form.completedCount', { done: count, total: template.sections.length })}</p>
  );
}
