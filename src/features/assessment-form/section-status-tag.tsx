import { type Section } from '@schemas/template-definition.ts';
import { type SectionStatus } from '@/domain/section-status.ts';
import { type LiveAnswers } from './live-answers.ts';
import { useLiveSectionStatus } from './use-live-status.ts';
import { useT } from '@/components/i18n/use-locale.ts';

const TAG_CLASSES: Record<Exclude<SectionStatus, 'completed'>, string> = {
  'not-started': 'govuk-tag govuk-tag--blue',
  'in-progress': 'govuk-tag govuk-tag--light-blue',
};

/** GOV.UK task list status, live: "Completed" as plain text, the others as tags. */
export function SectionStatusTag({
  answers,
  section,
  completedSections,
}: {
  answers: LiveAnswers;
  section: Section;
  completedSections: readonly string[];
}) {
  const status = useLiveSectionStatus(answers, section, completedSections);
  const t = useT();
  if (status === 'completed') return <>{t('sectionStatus.completed')}</>;
  return <strong className={TAG_CLASSES[status]}>{t(`sectionStatus.${status}`)}</strong>;
}
