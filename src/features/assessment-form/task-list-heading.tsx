import { type Template } from '@schemas/template-definition.ts';
import { TemplateText } from '@/components/template-text.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { type LiveAnswers } from './live-answers.ts';
import { useLiveTitle } from './use-live-title.ts';
import { usePageHeadingFocus } from './use-page-heading-focus.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/** The assessment's title as the page heading (and <title>), live as the title is edited. */
export function TaskListHeading({
  answers,
  template,
  caption,
}: {
  answers: LiveAnswers;
  template: Template;
  caption: string;
}) {
  const title = useLiveTitle(answers, template);
  const ref = usePageHeadingFocus();
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: title }));
  return (
    <>
      <span className="govuk-caption-l">
        <TemplateText language={template.language}>{caption}</TemplateText>
      </span>
      <h1 className="govuk-heading-xl app-page-heading" tabIndex={-1} ref={ref}>
        {/* The title as typed is in the assessment's language; the "Untitled assessment" placeholder is not. */}
        {title === t('library.untitled') ? (
          title
        ) : (
          <TemplateText language={template.language}>{title}</TemplateText>
        )}
      </h1>
    </>
  );
}
