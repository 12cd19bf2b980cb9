import { type Publication } from '@schemas/assessment.ts';
import { type Language } from '@schemas/local-text.ts';
import { paths } from '@/components/paths.ts';
import { TaskList } from '@/components/task-list.tsx';
import { publicationComplete } from '@/domain/publication.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { PublicationSummary } from './publication-summary.tsx';

/**
 * On the task list: the "Publication details" task (how the PDF appendix is headed), with what is set so
 * far. (The downloads follow it under "Review, export and history", so the summary is said once.)
 */
export function PublicationTask({
  assessmentId,
  publication,
  printedIn,
  language = 'en',
}: {
  assessmentId: string;
  publication: Publication;
  /** The languages the appendix is printed in, said when the template is bilingual. */
  printedIn?: readonly Language[] | undefined;
  /** The assessment's language (what was typed in the details is taken to be in it). */
  language?: Language;
}) {
  const t = useT();
  const summary = <PublicationSummary publication={publication} language={language} printedIn={printedIn} />;
  const complete = publicationComplete(publication);
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('pub.publication')}</h2>
      <TaskList
        idPrefix="publication"
        items={[
          {
            id: 'details',
            title: t('pub.title'),
            href: paths.publication(assessmentId),
            hint: summary,
            status: complete ? (
              t('sectionStatus.completed')
            ) : (
              <strong className="govuk-tag govuk-tag--blue">{t('pub.incomplete')}</strong>
            ),
          },
        ]}
      />
    </>
  );
}
