import { z } from 'zod';
import { questionDefinitionSchema, type LocalisedQuestion, type QuestionDefinition } from './kinds/index.ts';
import { paragraphSchema } from './kinds/base-question.ts';
import {
  hasText,
  languageSchema,
  localise,
  localTextsIn,
  localTextSchema,
  requiredLocalTextSchema,
  type Language,
  type Localised,
} from './local-text.ts';
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

export const templateIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use small letters, digits and hyphens');
export const templateVersionSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'Use letters, digits, dots and hyphens');

/**
 * The languages a template is published in: English only (`['en']`, what a template without the field
 * is), Welsh only (`['cy']`) or bilingual (`['en', 'cy']`). Every text must have a version in each.
 */
export const templateLanguagesSchema = z
  .array(languageSchema)
  .min(1, 'Choose at least one language')
  .max(2)
  .refine((languages) => new Set(languages).size === languages.length, {
    message: 'Give each language once',
  });
export type TemplateLanguages = z.infer<typeof templateLanguagesSchema>;

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

export const sectionDefinitionSchema = z.strictObject({
  id: z
    .string()
    .max(100)
    .regex(/^[a-z][a-z0-9-]*$/),
  number: z.number().int().positive(),
  title: requiredLocalTextSchema,
  /** Paragraphs at the top of the section page; those marked `printed` are printed in the appendix too. */
  guidance: z.array(paragraphSchema).max(50),
  questions: z.array(questionDefinitionSchema).min(1).max(MAX_QUESTIONS_PER_SECTION),
});
export type SectionDefinition = z.infer<typeof sectionDefinitionSchema>;

export const helpBlockDefinitionSchema = z.strictObject({
  heading: localTextSchema,
  paragraphs: z.array(localTextSchema).max(100),
  bullets: z.array(localTextSchema).max(100).optional(),
  after: z.array(localTextSchema).max(100).optional(),
});
export type HelpBlockDefinition = z.infer<typeof helpBlockDefinitionSchema>;

export const templateDefinitionSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_TEMPLATE_SCHEMA_VERSION),
    id: templateIdSchema,
    version: templateVersionSchema,
    /** English only, Welsh only or bilingual (absent: English only). Every text has each language. */
    languages: templateLanguagesSchema.optional(),
    /** The form's full title, e.g. "Equality, Diversity and Inclusion Impact Assessment (EIA)". */
    title: requiredLocalTextSchema,
    /** The title without the abbreviation, for headers and the PDF's subject. */
    shortTitle: requiredLocalTextSchema,
    /** Guidance at the top of the form (not part of the output). */
    introGuidance: z.array(localTextSchema).max(50),
    sections: z.array(sectionDefinitionSchema).min(1).max(MAX_SECTIONS),
    /** "Appendix 2: About this form": help content, optionally appended to the PDF. */
    about: z.strictObject({ title: localTextSchema, blocks: z.array(helpBlockDefinitionSchema).max(100) }),
    /** Licence / revision notice printed on the form. */
    notice: localTextSchema,
    footnotes: z.array(z.strictObject({ questionId: z.string().max(100), text: localTextSchema })).max(500),
  })
  .superRefine((template, ctx) => {
    for (const problem of templateProblems(template)) ctx.addIssue({ code: 'custom', ...problem });
  });
export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;
export type TemplateDefinitionInput = z.input<typeof templateDefinitionSchema>;

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
export type { QuestionDefinition };

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
