import { type Publication } from '@schemas/assessment.ts';
import { type Language } from '@schemas/local-text.ts';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { TaskList } from '@/components/task-list.tsx';
import { publicationComplete } from '@/domain/publication.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { PublicationSummary } from './publication-summary.tsx';

/**
 * On the task list: the "Publication details" task (how the PDF appendix is headed), with what is set so
 * far. `variant="line"`: one sentence with a Change link, for beside "Download PDF".
 */
export function PublicationTask({
  assessmentId,
  publication,
  variant = 'task',
  printedIn,
  language = 'en',
}: {
  assessmentId: string;
  publication: Publication;
  variant?: 'task' | 'line';
  /** The languages the appendix is printed in, said when the template is bilingual. */
  printedIn?: readonly Language[] | undefined;
  /** The assessment's language (what was typed in the details is taken to be in it). */
  language?: Language;
}) {
  const t = useT();
  const summary = <PublicationSummary publication={publication} language={language} printedIn={printedIn} />;
  if (variant === 'line') {
    return (
      <p className="govuk-body">
        <RichMessage id="pub.headed" values={{ summary }} />{' '}
        <Link href={paths.publication(assessmentId)} className="govuk-link">
          {t('pub.change')}
        </Link>
      </p>
    );
  }
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
