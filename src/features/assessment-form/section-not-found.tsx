import { BackLink } from '@/components/back-link.tsx';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';

/** An address naming a section the assessment's template does not have. */
export function SectionNotFound({ assessmentId, sectionId }: { assessmentId: string; sectionId: string }) {
  useDocumentTitle('Page not found – EIA Builder');
  return (
    <>
      <BackLink href={paths.assessment(assessmentId)}>Back to task list</BackLink>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">This assessment has no section called “{sectionId}”.</p>
    </>
  );
}
