import { assessmentLanguage, type Assessment } from '@schemas/assessment.ts';
import type { Language } from '@schemas/local-text.ts';
import { localiseTemplate, templateLanguages } from '@schemas/template-definition.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import { buildPdfViewModel, type PdfViewModel, type PdfViewModelOptions } from './pdf-view-model.ts';

/** What the appendix is printed in: English, Welsh, or both (English, then Welsh). */
export type AppendixLanguage = Language | 'both';

export const APPENDIX_LANGUAGES: readonly AppendixLanguage[] = ['en', 'cy', 'both'];

/** Reads `--language en|cy|both` and the like; undefined for anything else. */
export function parseAppendixLanguage(text: string): AppendixLanguage | undefined {
  return APPENDIX_LANGUAGES.find((l) => l === text.trim().toLowerCase());
}

/**
 * The languages the appendix is printed in, in order: the one asked for (`override`: the command line's
 * --language), else the one chosen on Publication details, else the assessment's own language. Only
 * languages the template has: a Welsh or bilingual appendix of an English-only template is English.
 */
export function appendixLanguages(
  assessment: Assessment,
  available: readonly Language[],
  override?: AppendixLanguage,
): Language[] {
  const choice = override ?? assessment.publication.appendixLanguage ?? assessmentLanguage(assessment);
  const wanted: Language[] = choice === 'both' ? ['en', 'cy'] : [choice];
  const printed = wanted.filter((l) => available.includes(l));
  return printed.length > 0 ? printed : [available[0] ?? 'en'];
}

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
