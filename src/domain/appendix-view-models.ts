import { type Assessment, type NoLongerAsked } from '@schemas/assessment.ts';
import type { LocalText } from '@schemas/local-text.ts';
import {
  localiseTemplate,
  templateLanguages,
  type TemplateDefinition,
} from '@schemas/template-definition.ts';
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
  const languages = appendixLanguages(assessment, templateLanguages(definition), options.language);
  const withWelsh = languages.includes('cy') ? withTemplatesWelsh(assessment, definition) : assessment;
  return languages.map((language) =>
    buildPdfViewModel(withWelsh, localiseTemplate(definition, language), options),
  );
}

/**
 * Answers to questions no longer asked keep the old question's label and section title as they were
 * when the assessment moved; one kept before the form had its Welsh words (or from a file that dropped
 * them) has English only. A Welsh appendix then takes the form's own Welsh for the same words: from the
 * version the question was last asked on when this app has it, else from the current version, each only
 * where its English is word for word the kept English (a question since reworded is not given the new
 * words' Welsh). What has no Welsh anywhere stays English, marked as English by the view-model.
 */
function withTemplatesWelsh(assessment: Assessment, current: TemplateDefinition): Assessment {
  if (
    !assessment.noLongerAsked.some(
      (kept) => !hasWelsh(kept.label) || (kept.sectionTitle && !hasWelsh(kept.sectionTitle)),
    )
  ) {
    return assessment;
  }
  const fill = (kept: NoLongerAsked): NoLongerAsked => {
    const sources = [findTemplateDefinition(assessment.templateId, kept.templateVersion), current].filter(
      (d): d is TemplateDefinition => d !== undefined,
    );
    const question = (d: TemplateDefinition) =>
      d.sections
        .flatMap((section) => section.questions.map((q) => ({ section, q })))
        .find(({ q }) => q.id === kept.questionId);
    const welsh = (text: LocalText, pick: (d: TemplateDefinition) => LocalText | undefined): LocalText => {
      if (hasWelsh(text)) return text;
      for (const d of sources) {
        const found = pick(d);
        if (found && found.en === text.en && hasWelsh(found)) return { ...text, cy: found.cy };
      }
      return text;
    };
    return {
      ...kept,
      label: welsh(kept.label, (d) => question(d)?.q.label),
      ...(kept.sectionTitle
        ? { sectionTitle: welsh(kept.sectionTitle, (d) => question(d)?.section.title) }
        : {}),
    };
  };
  return { ...assessment, noLongerAsked: assessment.noLongerAsked.map(fill) };
}

function hasWelsh(text: LocalText): boolean {
  return text.cy !== undefined && text.cy.trim() !== '';
}
