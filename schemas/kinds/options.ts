import { z } from 'zod';
import { localTextSchema, requiredLocalTextSchema } from '../local-text.ts';

export { labelFrom, optionLabel, optionMatching, readDraftOptionValue } from '../plain/kinds/options.ts';

/**
 * The options of a `choice` (radios) or `choices` (checkboxes) question, as the template lists them:
 * a stable `value` stored in the answer and a label a person reads (English and Welsh).
 */
export const optionValueSchema = /* @__PURE__ */ z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use small letters, digits and hyphens');

export const optionSchema = /* @__PURE__ */ z.strictObject({
  value: optionValueSchema,
  label: requiredLocalTextSchema,
  hint: localTextSchema.optional(),
});
export type OptionDefinition = z.infer<typeof optionSchema>;

export const optionsSchema = /* @__PURE__ */ z
  .array(optionSchema)
  .min(1, 'List at least one option')
  .max(100)
  .superRefine((options, ctx) => {
    const seen = new Set<string>();
    for (const [index, option] of options.entries()) {
      if (seen.has(option.value)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'value'],
          message: `Two options have the value "${option.value}": give each option its own value`,
        });
      }
      seen.add(option.value);
    }
  });

/**
 * A stored option value as drafted: any short string, so that a value the template no longer lists
 * (an imported answer, an older version) is kept as it is, never dropped.
 */
export const draftOptionValueSchema = /* @__PURE__ */ z.string().max(200);
