import { t } from '@/components/i18n/i18n.ts';

/** Kinds with words in the catalogue (`move.kind.<kind>`). */
const KNOWN = new Set(['text', 'textarea', 'date', 'yes-no', 'choice', 'choices', 'impact', 'table']);

/**
 * A question kind in plain words, in the interface language, for the move page's "was / now" columns.
 * Unknown kinds show their name.
 */
export function kindWords(kind: string | undefined): string {
  if (!kind) return '';
  return KNOWN.has(kind) ? t(`move.kind.${kind === 'yes-no' ? 'yesNo' : kind}`) : kind;
}
