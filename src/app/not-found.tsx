import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';

export function NotFound() {
  useDocumentTitle('Page not found – EIA Builder');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link href={paths.home()} className="govuk-link">
          Go to your assessments
        </Link>
      </p>
    </>
  );
}
