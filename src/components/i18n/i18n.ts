import { type Messages, setupI18n } from '@lingui/core';
import { type Language } from '@schemas/local-text.ts';
import { type MessageArea } from './message-areas.ts';

/**
 * The interface language (English or Welsh) and its messages, through Lingui (@lingui/core 5.9: plurals by
 * the CLDR rules of `Intl.PluralRules`, six forms in Welsh). Catalogues are the PO files in ./locales,
 * compiled at build time (scripts/catalogue-areas.ts) in parts: each language's `main` part is its own lazy
 * chunk, so only the one in use is ever loaded, and an area's part (the designer's messages, message-areas.ts)
 * is loaded only once a page that shows it asks for it (`loadMessageArea`). The choice is remembered in this browser (localStorage) and mirrored on `<html lang>`.
 *
 * Components read messages with `useT()` and the language with `useLocale()` (./use-locale.ts).
 */
export const LANGUAGES: readonly Language[] = ['en', 'cy'];

const STORAGE_KEY = 'eia-builder.language';

type Part = MessageArea | 'main';
const catalogues: Record<Language, Record<Part, () => Promise<{ messages: Messages }>>> = {
  en: {
    main: () => import('./locales/en.po?area=main'),
    designer: () => import('./locales/en.po?area=designer'),
    overview: () => import('./locales/en.po?area=overview'),
    move: () => import('./locales/en.po?area=move'),
    agree: () => import('./locales/en.po?area=agree'),
    bin: () => import('./locales/en.po?area=bin'),
    history: () => import('./locales/en.po?area=history'),
  },
  cy: {
    main: () => import('./locales/cy.po?area=main'),
    designer: () => import('./locales/cy.po?area=designer'),
    overview: () => import('./locales/cy.po?area=overview'),
    move: () => import('./locales/cy.po?area=move'),
    agree: () => import('./locales/cy.po?area=agree'),
    bin: () => import('./locales/cy.po?area=bin'),
    history: () => import('./locales/cy.po?area=history'),
  },
};

export const i18n = setupI18n();
/** The parts each language has loaded (`en:main`, `cy:designer`…). */
const loaded = new Set<string>();
/** The areas the pages shown so far asked for: a language switch loads them in the new language too. */
const wanted = new Set<MessageArea>();
/** The language being activated, or the active one: the language an area is loaded in. */
let target: Language | null = null;

async function loadParts(language: Language, parts: readonly Part[]): Promise<void> {
  const missing = parts.filter((part) => !loaded.has(`${language}:${part}`));
  const modules = await Promise.all(missing.map((part) => catalogues[language][part]()));
  modules.forEach(({ messages }, i) => {
    // `load` merges into the language's messages already loaded (the first object it is given becomes
    // that store, so give it a copy: the compiled part itself stays as it was built).
    i18n.load(language, { ...messages });
    loaded.add(`${language}:${missing[i]}`);
  });
}

/** The language this browser last chose ("en" when none, or when storage cannot be read). */
export function rememberedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'cy' ? 'cy' : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Loads the language's catalogue (its main part, and the areas asked for so far; each once) and makes it
 * the interface language.
 */
export async function activateLanguage(language: Language): Promise<void> {
  target = language;
  await loadParts(language, ['main', ...wanted]);
  // An area asked for while the main part loaded (a page preloaded at start) is in this language too.
  await loadParts(language, [...wanted]);
  if (target !== language) return; // switched again meanwhile: the later switch wins
  i18n.activate(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'cy' ? 'cy' : 'en-GB';
}

/**
 * Loads an area's messages (message-areas.ts) in the interface language, and in any language switched to
 * later. A page that shows them awaits this before it renders (app/lazy-pages.tsx).
 */
export async function loadMessageArea(area: MessageArea): Promise<void> {
  wanted.add(area);
  await loadParts(target ?? currentLanguage(), [area]);
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
