import { findingText } from './finding-text.ts';
import { InEnglish } from './in-english.tsx';
import { useLocale } from './use-locale.ts';

/** A finding's title or explanation (as the review rules wrote it) in the interface language. */
export function FindingWords({ english }: { english: string }) {
  useLocale();
  const shown = findingText(english);
  return shown.lang ? <InEnglish>{shown.text}</InEnglish> : <>{shown.text}</>;
}
