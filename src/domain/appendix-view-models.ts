import { type Assessment } from '@schemas/assessment.ts';
import { localiseTemplate, templateLanguages } from '@schemas/template-definition.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import { buildPdfViewModel, type PdfViewModel, type PdfViewModelOptions } from './pdf-view-model.ts';
import { appendixLanguages, type AppendixLanguage } from './appendix-languages.ts';

export {
  APPENDIX_LANGUAGES,
  appendixLanguages,
  describeAppendixLanguages,
  parseAppendixLanguage,
  type AppendixLanguage,
} from './appendix-languages.ts';

/**
 * The appendix's view-models, one per printed language, in order. A bilingual appendix is the whole
 * English appendix followed by the whole Welsh one (each from its own cover, on a new page).
 */
export function buildAppendixViewModels(
  assessment: Assessment,
  options: PdfViewModelOptions & { language?: AppendixLanguage | undefined },
): PdfViewModel[] {
  const definition = findTemplateDefinition(assessment.templateId, assessment.templateVersion);
  if (!definition) {
    throw new Error(
      `This assessment was written on a template (${assessment.templateId} ${assessment.templateVersion}) that this version of EIA Builder does not have.`,
    );
  }
  return appendixLanguages(assessment, templateLanguages(definition), options.language).map((language) =>
    buildPdfViewModel(assessment, localiseTemplate(definition, language), options),
  );
}
