import type { Language, LocalText } from '@schemas/local-text.ts';
import { hasText } from '@schemas/plain/local-text.ts';
import type { ReactNode } from 'react';
import { useLocale } from './i18n/use-locale.ts';

/** The `lang` attribute for text in `language` on a page in `pageLanguage`: none when they are the same. */
export function langFor(language: Language, pageLanguage: Language): string | undefined {
  if (language === pageLanguage) return undefined;
  return language === 'cy' ? 'cy' : 'en-GB';
}

/**
 * The language the page is in: `<html lang>` (the interface sets it as its language changes; the hook
 * re-renders on that change). Read from the document rather than the remembered choice, so that text is
 * marked against what the page really says it is.
 */
function usePageLanguage(): Language {
  useLocale();
  if (typeof document === 'undefined') return 'en';
  return document.documentElement.lang.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

/** The `lang` attribute for a template's wording in `language` on this page. */
export function useTemplateLang(language: Language): string | undefined {
  return langFor(language, usePageLanguage());
}

/**
 * A template's wording (a title, a label) inside the interface's own words, e.g. "Section 3: Oedran" on an
 * English page: wrapped in a span with `lang` when the assessment's language is not the interface's, so
 * a screen reader speaks it in its own language (WCAG 3.1.2). Plain text when they are the same.
 */
export function TemplateText({ language, children }: { language: Language; children: ReactNode }) {
  const lang = useTemplateLang(language);
  return lang ? <span lang={lang}>{children}</span> : <>{children}</>;
}

/**
 * A template's name (its title), in the page's language when the template has it, else in the language it
 * has (a Welsh-only template on an English page), tagged with that language when it is not the page's.
 */
export function TemplateName({ name }: { name: LocalText }) {
  const page = usePageLanguage();
  const other: Language = page === 'cy' ? 'en' : 'cy';
  const shown: Language = hasText(name, page) ? page : hasText(name, other) ? other : page;
  return <TemplateText language={shown}>{(shown === 'cy' ? name.cy : name.en) ?? ''}</TemplateText>;
}
