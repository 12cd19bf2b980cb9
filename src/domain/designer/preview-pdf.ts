import type { Assessment } from '@schemas/assessment.ts';
import { localiseTemplate, type TemplateDefinition } from '@schemas/template-definition.ts';
import { createAssessment } from '../new-assessment.ts';
import { sampleAnswers } from './sample-answers.ts';

/**
 * What the designer's "Preview the PDF" hands to the PDF maker: the draft under a version of its own
 * (`<version>-preview-<nonce>`, so that a draft changed between two previews is never taken for the
 * same version, which never changes) and an assessment on it, empty or with a sample answer to every
 * question. Pure: the caller gives the nonce (letters and digits) and the time.
 */
export type PdfPreview = { definition: TemplateDefinition; assessment: Assessment };

export function pdfPreview(
  draft: TemplateDefinition,
  options: { answers: 'empty' | 'sample'; nonce: string; now: Date },
): PdfPreview {
  const nonce = options.nonce.replace(/[^A-Za-z0-9]/g, '').slice(0, 20) || '0';
  const version = `${draft.version.slice(0, 70)}-preview-${nonce}`;
  const definition: TemplateDefinition = { ...draft, version };
  const template = localiseTemplate(definition, draft.languages?.[0] ?? 'en');
  const assessment = createAssessment({
    id: `template-preview-${nonce}`,
    template,
    language: template.language,
    now: options.now,
    ...(options.answers === 'sample' ? { answers: sampleAnswers(template) } : {}),
  });
  return { definition, assessment };
}
