import { useT } from '@/components/i18n/use-locale.ts';
import { Link, Router, useLocation } from 'wouter';
import { paths } from '@/components/paths.ts';
import { sampleAnswers } from '@/domain/designer/sample-answers.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { AssessmentEditor } from '@/features/assessment-form/assessment-editor.tsx';
import type { Assessment } from '@schemas/assessment.ts';
import { localiseTemplate, type Template, type TemplateDefinition } from '@schemas/template-definition.ts';
import { assessmentPage } from './editor-view.ts';

const PREVIEW_ID = 'preview';
const noop = () => undefined;

/**
 * What the preview shows of a draft definition: the template localised and a sample assessment with an
 * answer to every question, kept per definition (the draft keeps its definition object while nothing is
 * edited), so that opening the preview again on an unchanged draft makes neither again, and so that the
 * draft's pages can make them ahead, when the browser is idle (template-draft-route.tsx). The form never
 * changes the sample (react-hook-form copies its default values).
 */
const previews = new WeakMap<TemplateDefinition, { template: Template; assessment: Assessment }>();

export function draftPreview(definition: TemplateDefinition): { template: Template; assessment: Assessment } {
  let preview = previews.get(definition);
  if (!preview) {
    const template = localiseTemplate(definition);
    const assessment = createAssessment({
      id: PREVIEW_ID,
      template,
      answers: sampleAnswers(template),
      now: new Date('2026-01-05T10:00:00Z'),
    });
    preview = { template, assessment };
    previews.set(definition, preview);
  }
  return preview;
}

/**
 * The designer's preview: the draft rendered by the assessment form itself (the same task list, section
 * pages and Check your answers, through AssessmentEditor; not a copy), with a sample answer to every
 * question. The form's own links stay inside the preview: it is mounted under a nested router whose base
 * is the preview's address. Nothing typed in the preview is saved.
 */
export function TemplatePreview({
  templateId,
  definition,
}: {
  templateId: string;
  definition: TemplateDefinition;
  rest: string[];
}) {
  return (
    <Router base={paths.templateDraftPreview(templateId)}>
      <Preview templateId={templateId} definition={definition} />
    </Router>
  );
}

function Preview({ templateId, definition }: { templateId: string; definition: TemplateDefinition }) {
  const t = useT();
  const [location] = useLocation();
  const { template, assessment } = draftPreview(definition);
  const rest = location.replace(new RegExp(`^/assessments/${PREVIEW_ID}/?`), '');
  const page = assessmentPage(location === '/' ? '' : rest);
  return (
    <>
      <div className="govuk-notification-banner" role="region" aria-labelledby="preview-banner-title">
        <div className="govuk-notification-banner__header">
          <h2 className="govuk-notification-banner__title" id="preview-banner-title">
            {t('designer.preview.banner')}
          </h2>
        </div>
        <div className="govuk-notification-banner__content">
          <p className="govuk-notification-banner__heading">{t('designer.preview.heading')}</p>
          <p className="govuk-body">
            {t('designer.preview.notSaved')}{' '}
            <Link href={`~${paths.templateDraft(templateId)}`} className="govuk-notification-banner__link">
              {t('designer.preview.back')}
            </Link>
          </p>
        </div>
      </div>
      {page.kind === 'editor' ? (
        <AssessmentEditor
          assessment={assessment}
          template={template}
          loadKey={`preview:${templateId}`}
          view={page.view}
          onAnswersChange={noop}
          onCompletedSectionsChange={noop}
        />
      ) : (
        <p className="govuk-body">{t('designer.preview.onlyPages')}</p>
      )}
    </>
  );
}
