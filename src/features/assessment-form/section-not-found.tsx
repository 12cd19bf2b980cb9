import { BackLink } from '@/components/back-link.tsx';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/** An address naming a section the assessment's template does not have. */
export function SectionNotFound({ assessmentId, sectionId }: { assessmentId: string; sectionId: string }) {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('notFound.title') }));
  return (
    <>
      <BackLink href={paths.assessment(assessmentId)}>{t('form.backToTaskList')}</BackLink>
      <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
      <p className="govuk-body">{t('form.noSuchSection', { section: sectionId })}</p>
    </>
  );
}
