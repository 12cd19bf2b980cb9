import type { Language } from '@schemas/local-text.ts';
import { TemplateText } from '../template-text.tsx';
import { shownTitle } from './shown-title.ts';
import { useLocale } from './use-locale.ts';

/**
 * An assessment's title as shown in a list: as typed, tagged with the assessment's language when it is not
 * the page's (an English title on a Welsh page is `lang="en-GB"`); the "Untitled assessment" placeholder in
 * the interface language.
 */
export function AssessmentTitle({
  title,
  language = 'en',
}: {
  title: string;
  language?: Language | undefined;
}) {
  useLocale();
  const shown = shownTitle(title);
  return shown === title ? <TemplateText language={language}>{title}</TemplateText> : <>{shown}</>;
}
