import { Link } from 'wouter';
import { useT } from '@/components/i18n/use-locale.ts';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';

export function NotFound() {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('notFound.title') }));
  return (
    <>
      <h1 className="govuk-heading-l">{t('notFound.title')}</h1>
      <p className="govuk-body">{t('notFound.checkAddress')}</p>
      <p className="govuk-body">
        <Link href={paths.home()} className="govuk-link">
          {t('notFound.goHome')}
        </Link>
      </p>
    </>
  );
}
