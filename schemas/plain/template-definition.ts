/**
 * The Zod-free half of schemas/template-definition.ts (which re-exports it): what the screens an assessment opens on need,
 * so they load no validation library (`npm run bench -- bundle`, schemas/plain/README.md).
 */
import type { LocalisedQuestion } from '../kinds/index.ts';
import type { Language, Localised } from '../local-text.ts';
import type { TemplateDefinition } from '../template-definition.ts';
import { hasText, localise, localTextsIn } from './local-text.ts';
import { SHARED_ROLES } from './roles.ts';

/**
 * What a template IS (schema version 2): `{ id, version, title, … sections → questions }`, each question
 * of a kind from the registry (schemas/kinds/) with its own settings, and every text a person reads a
 * `LocalText` (English, and Welsh when given). The form, the review rules, the PDF and every other
 * output read this one definition, localised to one language (`localiseTemplate`).
 *
 * Which texts are printed: labels, descriptors, headings and the answers always are; question guidance
 * and hints never are; a section's guidance paragraphs and a heading's paragraph are printed in the
 * appendix only when marked `printed` (the seed's Appendix B keeps "Lack of data should not prevent…").
 *
 * A published version never changes: a change is a new version. Version 1 (the shape compiled into the
 * first releases, no `schemaVersion` field) is migrated by migrations/template-migrations.ts.
 */
export const CURRENT_TEMPLATE_SCHEMA_VERSION = 2 as const;

export const MAX_SECTIONS = 50;
export const MAX_QUESTIONS_PER_SECTION = 300;

/** The languages `template` is published in (English only when it does not say). */
export function templateLanguages(template: { languages?: readonly Language[] | undefined }): Language[] {
  return template.languages?.length ? [...template.languages] : ['en'];
}

/**
 * The language an assessment on `template` is written in, given the language someone would like (the
 * interface's): that one when the template has it, otherwise the template's first language.
 */
export function languageFor(
  template: { languages?: readonly Language[] | undefined },
  wanted: Language,
): Language {
  const languages = templateLanguages(template);
  return languages.includes(wanted) ? wanted : languages[0]!;
}

/** The rules a template must keep beyond each field's own shape, as plain messages with a path. */
export function templateProblems(
  template: Pick<TemplateDefinition, 'sections' | 'footnotes'> & Partial<TemplateDefinition>,
): Array<{ message: string; path: Array<string | number> }> {
  const problems: Array<{ message: string; path: Array<string | number> }> = [...languageProblems(template)];
  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  const roles = new Map<string, string>();
  template.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) {
      problems.push({ message: `Two sections have the id "${section.id}"`, path: ['sections', s, 'id'] });
    }
    sectionIds.add(section.id);
    section.questions.forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      if (questionIds.has(question.id)) {
        problems.push({
          message: `Two questions have the answer key "${question.id}"`,
          path: [...path, 'id'],
        });
      }
      questionIds.add(question.id);
      if (question.role && !SHARED_ROLES.includes(question.role)) {
        const other = roles.get(question.role);
        if (other !== undefined) {
          problems.push({
            message: `The role "${question.role}" is given to both "${other}" and "${question.id}"; only one question may have it`,
            path: [...path, 'role'],
          });
        }
        roles.set(question.role, question.id);
      }
    });
  });
  template.footnotes.forEach((footnote, f) => {
    if (!questionIds.has(footnote.questionId)) {
      problems.push({
        message: `A footnote is for the question "${footnote.questionId}", which the template does not have`,
        path: ['footnotes', f, 'questionId'],
      });
    }
  });
  return problems;
}

/**
 * A text without its version in one of the template's languages: one problem per language, naming the
 * first such text (and how many there are), so the designer or the file's sender knows where to start.
 */
function languageProblems(
  template: Partial<TemplateDefinition>,
): Array<{ message: string; path: Array<string | number> }> {
  const languages = templateLanguages(template);
  const texts = [...localTextsIn(template)].filter(({ text }) => hasText(text, 'en') || hasText(text, 'cy'));
  return languages.flatMap((language) => {
    const missing = texts.filter(({ text }) => !hasText(text, language));
    const first = missing[0];
    if (!first) return [];
    const kind =
      languages.length === 2
        ? 'bilingual'
        : language === 'cy'
          ? 'published in Welsh'
          : 'published in English';
    const words = (hasText(first.text, 'en') ? first.text.en : (first.text.cy ?? '')).trim();
    const shown = words.length > 60 ? `${words.slice(0, 60).trimEnd()}…` : words;
    const others = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
    return [
      {
        message: `The template is ${kind}, but the text "${shown}" has no ${language === 'cy' ? 'Welsh' : 'English'} version${others}: add it, or publish the template in fewer languages`,
        path: first.path,
      },
    ];
  });
}

/** A template with its texts in one language: what every screen, rule and output reads. */
export type Template = Localised<TemplateDefinition> & { language: Language };
export type Section = Template['sections'][number];
export type Question = LocalisedQuestion;
export type HelpBlock = Template['about']['blocks'][number];

const localised = new WeakMap<TemplateDefinition, Partial<Record<Language, Template>>>();

/** The template in `language` (Welsh texts fall back to English). Cached: the same object each time. */
export function localiseTemplate(definition: TemplateDefinition, language: Language = 'en'): Template {
  const byLanguage = localised.get(definition) ?? {};
  const cached = byLanguage[language];
  if (cached) return cached;
  const template: Template = { ...localise(definition, language), language };
  localised.set(definition, { ...byLanguage, [language]: template });
  return template;
}

/** Every question of a template, in order. */
export function templateQuestions<S extends { questions: readonly unknown[] }>(template: {
  sections: readonly S[];
}): Array<S['questions'][number]> {
  return template.sections.flatMap((s) => s.questions);
}
