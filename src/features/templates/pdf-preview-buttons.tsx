import { useT } from '@/components/i18n/use-locale.ts';
import { DownloadPdfButton } from '@/components/download-pdf-button.tsx';
import { pdfPreview } from '@/domain/designer/preview-pdf.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { forgetTemplate, registerTemplate } from '@schemas/templates/index.ts';

let previews = 0;

/**
 * "Preview the PDF" of the draft, as an empty assessment and as one with a sample answer to every
 * question, made by the app's own PDF export (the same worker and appendix as an assessment's "Download
 * PDF"). The draft is lent to the PDF maker under a preview version of its own and forgotten by the page
 * straight after, so no list of templates ever shows it.
 */
export function PdfPreviewButtons({ definition }: { definition: TemplateDefinition }) {
  const t = useT();
  const lend = (answers: 'empty' | 'sample') => () => {
    previews += 1;
    const preview = pdfPreview(definition, {
      answers,
      nonce: `${Date.now().toString(36)}${previews}`,
      now: new Date(),
    });
    registerTemplate(preview.definition);
    // The export reads the definition as soon as it is handed the assessment; then the page forgets it.
    setTimeout(() => forgetTemplate(preview.definition.id, preview.definition.version), 0);
    return preview.assessment;
  };
  return (
    <section aria-labelledby="pdf-preview-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="pdf-preview-heading">
        {t('designer.pdf.heading')}
      </h2>
      <p className="govuk-body">{t('designer.pdf.body')}</p>
      <DownloadPdfButton assessment={lend('empty')} label={t('designer.pdf.empty')} />
      <DownloadPdfButton assessment={lend('sample')} label={t('designer.pdf.sample')} />
    </section>
  );
}
