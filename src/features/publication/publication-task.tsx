import { type Publication } from '@schemas/assessment.ts';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { TaskList } from '@/components/task-list.tsx';
import { describePublication, publicationComplete } from '@/domain/publication.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * On the task list: the "Publication details" task (how the PDF appendix is headed), with what is set so
 * far. `variant="line"`: one sentence with a Change link, for beside "Download PDF".
 */
export function PublicationTask({
  assessmentId,
  publication,
  variant = 'task',
  printedIn,
}: {
  assessmentId: string;
  publication: Publication;
  variant?: 'task' | 'line';
  /** What the appendix is printed in ("Welsh", "English, then Welsh"), said when the template is bilingual. */
  printedIn?: string;
}) {
  const t = useT();
  const summary = describePublication(publication) + (printedIn ? `; printed in ${printedIn}` : '');
  if (variant === 'line') {
    return (
      <p className="govuk-body">
        {t('pub.headed', { summary })}{' '}
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
