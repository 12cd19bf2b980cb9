import { type Messages, setupI18n } from '@lingui/core';
import { type Language } from '@schemas/local-text.ts';

/**
 * The interface language (English or Welsh) and its messages, through Lingui (@lingui/core 5.9: plurals by
 * the CLDR rules of `Intl.PluralRules`, six forms in Welsh). Catalogues are the PO files in ./locales,
 * compiled at build time by @lingui/vite-plugin; each language is its own lazy chunk, so only the one in use
 * is ever loaded. The choice is remembered in this browser (localStorage) and mirrored on `<html lang>`.
 *
 * Components read messages with `useT()` and the language with `useLocale()` (./use-locale.ts).
 */
export const LANGUAGES: readonly Language[] = ['en', 'cy'];

const STORAGE_KEY = 'eia-builder.language';

const catalogues: Record<Language, () => Promise<{ messages: Messages }>> = {
  en: () => import('./locales/en.po'),
  cy: () => import('./locales/cy.po'),
};

export const i18n = setupI18n();
const loaded = new Set<Language>();

/** The language this browser last chose ("en" when none, or when storage cannot be read). */
export function rememberedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'cy' ? 'cy' : 'en';
  } catch {
    return 'en';
  }
}

/** Loads the language's catalogue (once) and makes it the interface language. */
export async function activateLanguage(language: Language): Promise<void> {
  if (!loaded.has(language)) {
    const { messages } = await catalogues[language]();
    i18n.load(language, messages);
    loaded.add(language);
  }
  i18n.activate(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'cy' ? 'cy' : 'en-GB';
}

/** Switches the interface language and remembers it in this browser. */
export async function switchLanguage(language: Language): Promise<void> {
  await activateLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    /* storage refused (private mode): the choice lasts until the page is closed */
  }
}

/** The active interface language. */
export function currentLanguage(): Language {
  return i18n.locale === 'cy' ? 'cy' : 'en';
}

/** A message of the catalogue in the active language; `values` fill its `{placeholders}`. */
export function t(id: string, values?: Record<string, unknown>): string {
  return i18n._(id, values);
}
