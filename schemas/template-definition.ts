import { z } from 'zod';
import { questionDefinitionSchema, type QuestionDefinition } from './kinds/index.ts';
import { paragraphSchema } from './kinds/base-question.ts';
import { languageSchema, localTextSchema, requiredLocalTextSchema } from './local-text.ts';
import {
  CURRENT_TEMPLATE_SCHEMA_VERSION,
  MAX_QUESTIONS_PER_SECTION,
  MAX_SECTIONS,
  templateProblems,
} from './plain/template-definition.ts';

/**
 * What a template IS (schema version 2): its Zod schemas here, its Zod-free helpers (localising, the
 * rules beyond each field's shape, the schema version) in plain/template-definition.ts, re-exported below.
 */

export const templateIdSchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use small letters, digits and hyphens');
export const templateVersionSchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'Use letters, digits, dots and hyphens');

/**
 * The languages a template is published in: English only (`['en']`, what a template without the field
 * is), Welsh only (`['cy']`) or bilingual (`['en', 'cy']`). Every text must have a version in each.
 */
export const templateLanguagesSchema = /* @__PURE__ */ z
  .array(languageSchema)
  .min(1, 'Choose at least one language')
  .max(2)
  .refine((languages) => new Set(languages).size === languages.length, {
    message: 'Give each language once',
  });
export type TemplateLanguages = z.infer<typeof templateLanguagesSchema>;

export const sectionDefinitionSchema = /* @__PURE__ */ z.strictObject({
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

export const helpBlockDefinitionSchema = /* @__PURE__ */ z.strictObject({
  heading: localTextSchema,
  paragraphs: z.array(localTextSchema).max(100),
  bullets: z.array(localTextSchema).max(100).optional(),
  after: z.array(localTextSchema).max(100).optional(),
});
export type HelpBlockDefinition = z.infer<typeof helpBlockDefinitionSchema>;

export const templateDefinitionSchema = /* @__PURE__ */ z
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

export {
  CURRENT_TEMPLATE_SCHEMA_VERSION,
  MAX_QUESTIONS_PER_SECTION,
  MAX_SECTIONS,
  languageFor,
  localiseTemplate,
  templateLanguages,
  templateProblems,
  templateQuestions,
} from './plain/template-definition.ts';
export type { HelpBlock, Question, Section, Template } from './plain/template-definition.ts';
export type { QuestionDefinition };
