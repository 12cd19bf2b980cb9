import { type Template } from '@schemas/template-definition.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { TemplateText } from '@/components/template-text.tsx';
import { type LiveAnswers } from './live-answers.ts';
import { useLiveTitle } from './use-live-title.ts';

/** The assessment's title above a page heading, so the user always knows which EIA they are in. */
export function AssessmentCaption({ answers, template }: { answers: LiveAnswers; template: Template }) {
  const title = useLiveTitle(answers, template);
  const t = useT();
  return (
    <span className="govuk-caption-l">
      {title === t('library.untitled') ? (
        title
      ) : (
        <TemplateText language={template.language}>{title}</TemplateText>
      )}
    </span>
  );
}
