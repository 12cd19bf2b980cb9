import { z } from 'zod';
import { localTextSchema, requiredLocalTextSchema } from '../local-text.ts';

/**
 * The options of a `choice` (radios) or `choices` (checkboxes) question, as the template lists them:
 * a stable `value` stored in the answer and a label a person reads (English and Welsh).
 */
export const optionValueSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use small letters, digits and hyphens');

export const optionSchema = z.strictObject({
  value: optionValueSchema,
  label: requiredLocalTextSchema,
  hint: localTextSchema.optional(),
});
export type OptionDefinition = z.infer<typeof optionSchema>;

export const optionsSchema = z
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
export const draftOptionValueSchema = z.string().max(200);

/** The label of `value` among `options`; a value the template does not list is shown as it is. */
export function optionLabel(options: ReadonlyArray<{ value: string; label: string }>, value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** The option whose value or label (any case, trimmed) is `text`, for lossless conversions. */
export function optionMatching(
  options: ReadonlyArray<{ value: string; label: string }>,
  text: string,
): string | undefined {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return undefined;
  return options.find((o) => o.value === text.trim() || o.label.trim().toLowerCase() === wanted)?.value;
}

/** The label of an option answer of another question (its options, if it has any). */
export function labelFrom(question: unknown, value: string): string {
  const options = (question as { options?: unknown } | undefined)?.options;
  if (!Array.isArray(options)) return value;
  const found = options.find(
    (o): o is { value: string; label: unknown } => (o as { value?: unknown })?.value === value,
  );
  if (!found) return value;
  const label = found.label;
  if (typeof label === 'string') return label;
  if (label && typeof label === 'object' && typeof (label as { en?: unknown }).en === 'string') {
    return (label as { en: string }).en;
  }
  return value;
}
