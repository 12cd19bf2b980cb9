/**
 * The Zod-free half of schemas/kinds/options.ts (which re-exports it): what the screens an assessment opens on need,
 * so they load no validation library (`npm run bench -- bundle`, schemas/plain/README.md).
 */
import { readString } from '../../kinds/read-plain.ts';

/** `draftOptionValueSchema` (kinds/options.ts), without Zod (kinds/read-plain.ts). */
export const readDraftOptionValue = readString(200);

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
