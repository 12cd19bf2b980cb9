import { Fragment, type ReactNode } from 'react';
import { Link } from 'wouter';
import { TemplateText } from '@/components/template-text.tsx';
import { paths } from '@/components/paths.ts';
import { TaskList } from '@/components/task-list.tsx';
import { CompletedCount } from './completed-count.tsx';
import { type EditorPageProps } from './editor-types.ts';
import { SectionStatusTag } from './section-status-tag.tsx';
import { TaskListHeading } from './task-list-heading.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * GOV.UK "complete multiple tasks" page: the assessment's title, how many sections are completed,
 * each section with its live status, and the way to Check your answers.
 */
export function TaskListPage({
  answers,
  template,
  assessmentId,
  slots,
  completedSections,
}: Omit<EditorPageProps, 'form'>) {
  const t = useT();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {slots.top}
        {slots.taskListNotice}
        <TaskListHeading answers={answers} template={template} caption={template.shortTitle} />
        <CompletedCount answers={answers} template={template} completedSections={completedSections} />
        {slots.status}
        {template.introGuidance.map((paragraph, i) => (
          <p key={i} className="govuk-body">
            {/* The template's own wording, in the assessment's language. */}
            <TemplateText language={template.language}>
              {linkAbout(paragraph, template.about.title)}
            </TemplateText>
          </p>
        ))}
        <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('form.sections')}</h2>
        <TaskList
          idPrefix="sections"
          items={template.sections.map((section) => ({
            id: section.id,
            title: (
              <>
                {section.number}. <TemplateText language={template.language}>{section.title}</TemplateText>
              </>
            ),
            href: paths.section(assessmentId, section.id),
            status: (
              <SectionStatusTag answers={answers} section={section} completedSections={completedSections} />
            ),
            extra: slots.section?.(section.id),
          }))}
        />
        <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('form.checkAnswers')}</h2>
        <p className="govuk-body">
          <Link href={paths.check(assessmentId)} className="govuk-link">
            {t('form.checkAnswers')}
          </Link>{' '}
          {t('form.checkAnswersRest')}
        </p>
        {slots.tasks}
      </div>
    </div>
  );
}

/** Turns each mention of the "About this form" page in guidance text into a link to it. */
function linkAbout(text: string, aboutTitle: string): ReactNode {
  const parts = text.split(aboutTitle);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <Link href={paths.about()} className="govuk-link">
          {aboutTitle}
        </Link>
      )}
      {part}
    </Fragment>
  ));
}
