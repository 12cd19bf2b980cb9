import { z } from 'zod';

/**
 * What a template IS: sections → questions, each with its label, descriptor, guidance and answer key.
 * The form, the completeness review, the PDF and every other output read this one definition.
 * Guidance text is shown to the person filling in; it is never part of the answers or the output.
 */

export const questionKindSchema = z.enum(['text', 'textarea', 'date']);
export type QuestionKind = z.infer<typeof questionKindSchema>;

export const questionSchema = z.object({
  /** The answer key: exactly one key in the answers object. */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  kind: questionKindSchema,
  /** The question as the template words it. */
  label: z.string().min(1),
  /** Short descriptor printed with the label in the template (and the PDF), e.g. "includes children…". */
  descriptor: z.string().optional(),
  /** Hint text shown under the label (not part of the output). */
  hint: z.string().optional(),
  /** Longer guidance shown in a collapsible "Guidance" block beside the question (not part of the output). */
  guidance: z.array(z.string()).optional(),
  /** A heading printed before this question (form and output), e.g. the PSED block in section 6. */
  heading: z.string().optional(),
  /** Guidance printed under `heading` in the form only. */
  headingGuidance: z.string().optional(),
  /** Required to mark the section completed. */
  required: z.boolean(),
  /** The error shown when a required answer is empty (GOV.UK style: says what to do). */
  requiredMessage: z.string().optional(),
  /** Maximum characters accepted (character count shown in the form). */
  maxLength: z.number().int().positive().optional(),
  /** Questions that analyse one equality group (section 3). Used by the review rules. */
  equalityGroup: z.boolean().optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  number: z.number().int().positive(),
  title: z.string().min(1),
  /** Guidance shown at the top of the section page (not part of the output). */
  guidance: z.array(z.string()),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

export const helpBlockSchema = z.object({
  heading: z.string(),
  paragraphs: z.array(z.string()),
  bullets: z.array(z.string()).optional(),
  after: z.array(z.string()).optional(),
});
export type HelpBlock = z.infer<typeof helpBlockSchema>;

export const templateDefinitionSchema = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  /** Guidance at the top of the form (not part of the output). */
  introGuidance: z.array(z.string()),
  sections: z.array(sectionSchema).min(1),
  /** "Appendix 2: About this form" — help content, optionally appended to the PDF. */
  about: z.object({ title: z.string(), blocks: z.array(helpBlockSchema) }),
  /** Licence / revision notice printed on the form. */
  notice: z.string(),
  footnotes: z.array(z.object({ questionId: z.string(), text: z.string() })),
});
export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;
