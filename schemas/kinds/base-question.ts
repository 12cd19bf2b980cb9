import { z } from 'zod';
import { localTextSchema, requiredLocalTextSchema } from '../local-text.ts';
import { questionRoleSchema } from '../roles.ts';

/**
 * The fields every question has, whatever its kind. Each kind (schemas/kinds/<kind>/) extends this with
 * its own `kind` literal and settings (options, columns, a follow-up…).
 */

/** A guidance paragraph the template may also print in the appendix (`printed`), not only show in the form. */
export const paragraphSchema = /* @__PURE__ */ z.strictObject({
  text: localTextSchema,
  /** Printed in the exported appendix as well as shown in the form. */
  printed: z.boolean().default(false),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** The answer key: exactly one key in the answers object. */
export const questionIdSchema = /* @__PURE__ */ z
  .string()
  .max(100)
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'Use letters and digits, starting with a small letter');

export const baseQuestionShape = {
  id: questionIdSchema,
  /** The question as the template words it. */
  label: requiredLocalTextSchema,
  /** Short descriptor printed with the label in the template (and the PDF), e.g. "includes children…". */
  descriptor: localTextSchema.optional(),
  /** Hint text shown under the label (not part of the output). */
  hint: localTextSchema.optional(),
  /** Guidance shown in a collapsible "Guidance" block beside the question (never printed). */
  guidance: z.array(localTextSchema).max(50).optional(),
  /** A heading printed before this question (form and output), e.g. the PSED block in section 6. */
  heading: localTextSchema.optional(),
  /** A paragraph under `heading`: shown in the form, and printed too when the template says so. */
  headingGuidance: paragraphSchema.optional(),
  /** Required to mark the section completed. */
  required: z.boolean(),
  /** The error shown when a required answer is empty (GOV.UK style: says what to do). */
  requiredMessage: localTextSchema.optional(),
  /** Maximum characters accepted in one text (character count shown in the form). */
  maxLength: z.number().int().positive().max(200_000).optional(),
  /** What the question is for, read by review rules and outputs (schemas/roles.ts). */
  role: questionRoleSchema.optional(),
};
