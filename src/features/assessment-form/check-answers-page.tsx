import { type Question, type Section } from '@schemas/template-definition.ts';
import { useSyncExternalStore } from 'react';
import { BackLink } from '@/components/back-link.tsx';
import { NoLongerAskedList } from '@/components/no-longer-asked-list.tsx';
import { paths } from '@/components/paths.ts';
import { SummaryList } from '@/components/summary-list.tsx';
import { TemplateText } from '@/components/template-text.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { AnswerValue } from './answer-value.tsx';
import { AssessmentCaption } from './assessment-caption.tsx';
import { type EditorPageProps } from './editor-types.ts';
import { usePageHeadingFocus } from './use-page-heading-focus.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/** GOV.UK "Check your answers": every answer by section, each with a Change link to its field. */
export function CheckAnswersPage({
  answers: live,
  template,
  assessmentId,
  readOnly,
  slots,
  noLongerAsked,
}: EditorPageProps) {
  const answers = useSyncExternalStore(live.subscribe, live.get, live.get);
  const headingRef = usePageHeadingFocus();
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('form.checkAnswers') }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.assessment(assessmentId)}>{t('form.backToTaskList')}</BackLink>
        {slots.top}
        <AssessmentCaption answers={live} template={template} />
        <h1 className="govuk-heading-l app-page-heading" tabIndex={-1} ref={headingRef}>
          {t('form.checkAnswers')}
        </h1>
        {template.sections.map((section) => (
          <section key={section.id} aria-labelledby={`check-${section.id}`}>
            <h2 className="govuk-heading-m govuk-!-margin-top-8" id={`check-${section.id}`}>
              {t('form.sectionHeading', { number: section.number, title: '' })}
              <TemplateText language={template.language}>{section.title}</TemplateText>
            </h2>
            {groupByHeading(section).map((group) => (
              <div key={group.questions[0]!.id}>
                {group.heading && (
                  <h3 className="govuk-heading-s">
                    <TemplateText language={template.language}>{group.heading}</TemplateText>
                  </h3>
                )}
                <SummaryList
                  rows={group.questions.map((question) => ({
                    id: question.id,
                    key: <TemplateText language={template.language}>{question.label}</TemplateText>,
                    value: <AnswerValue question={question} answers={answers} language={template.language} />,
                    actions: readOnly
                      ? []
                      : [
                          {
                            href: paths.field(assessmentId, section.id, question.id),
                            text: t('form.change'),
                            visuallyHiddenText: (
                              <TemplateText language={template.language}>{question.label}</TemplateText>
                            ),
                          },
                        ],
                  }))}
                />
              </div>
            ))}
          </section>
        ))}
        <NoLongerAskedList items={noLongerAsked} />
        {slots.check}
        {slots.status && (
          <>
            <h2 className="govuk-heading-m">{t('check.statusHeading')}</h2>
            {slots.status}
          </>
        )}
      </div>
    </div>
  );
}

/** Splits a section's questions where the template puts a heading (e.g. "Public sector equality duty"). */
function groupByHeading(section: Section): Array<{ heading?: string; questions: Question[] }> {
  const groups: Array<{ heading?: string; questions: Question[] }> = [];
  for (const question of section.questions) {
    const current = groups[groups.length - 1];
    if (!current || question.heading) groups.push({ heading: question.heading, questions: [question] });
    else current.questions.push(question);
  }
  return groups;
}
