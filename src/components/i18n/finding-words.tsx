import type { Language } from '@schemas/local-text.ts';
import { TemplateText } from '../template-text.tsx';
import { findingText } from './finding-text.ts';
import { useLocale } from './use-locale.ts';

/**
 * A finding's title or explanation (as the review rules wrote it) in the interface language. A text the
 * catalogue does not word is the template's own (a required answer's message, in the assessment's
 * `language`), marked with that language when it is not the page's: a Welsh template's message on a Welsh
 * page is not marked English.
 */
export function FindingWords({ english, language = 'en' }: { english: string; language?: Language }) {
  useLocale();
  const shown = findingText(english);
  return shown.lang ? <TemplateText language={language}>{shown.text}</TemplateText> : <>{shown.text}</>;
}
