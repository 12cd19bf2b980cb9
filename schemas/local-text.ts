import { z } from 'zod';

/**
 * A text a person reads in a template (title, label, descriptor, hint, guidance, option…), in English
 * and, when the template has one, Welsh. `cyNeedsReview` marks a Welsh text that is machine-made or
 * unchecked, so the EDI manager can see it and fix it in the designer.
 */
export const MAX_TEMPLATE_TEXT_LENGTH = 20_000;

export const localTextSchema = /* @__PURE__ */ z.strictObject({
  en: z.string().max(MAX_TEMPLATE_TEXT_LENGTH),
  cy: z.string().max(MAX_TEMPLATE_TEXT_LENGTH).optional(),
  cyNeedsReview: z.boolean().optional(),
});
export type LocalText = z.infer<typeof localTextSchema>;

/**
 * A local text that must not be empty (labels, titles). Which languages it must have is the template's
 * to say (`languages`, checked by templateProblems): English for an English or bilingual template.
 */
export const requiredLocalTextSchema = /* @__PURE__ */ localTextSchema.refine(
  (t) => t.en.trim() !== '' || (t.cy ?? '').trim() !== '',
  { message: 'Enter the English text' },
);

export const languageSchema = /* @__PURE__ */ z.enum(['en', 'cy']);
export type Language = z.infer<typeof languageSchema>;

export {
  LANGUAGE_NAMES,
  en,
  bi,
  textIn,
  isLocalText,
  localise,
  hasText,
  localTextsIn,
} from './plain/local-text.ts';
export type { Localised } from './plain/local-text.ts';
