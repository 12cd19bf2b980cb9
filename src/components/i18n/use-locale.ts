import { useSyncExternalStore } from 'react';
import { type Language } from '@schemas/local-text.ts';
import { currentLanguage, i18n, t } from './i18n.ts';

function subscribe(onChange: () => void): () => void {
  return i18n.on('change', onChange);
}

/**
 * The interface language ("en" or "cy"). The component re-renders when it changes. Anything that shows a
 * template's own wording localises it with this (`textIn(text, useLocale())`, schemas/local-text.ts).
 */
export function useLocale(): Language {
  return useSyncExternalStore(subscribe, currentLanguage, () => 'en');
}

/**
 * The message lookup `t(id, values)` in the interface language; the component re-renders when the language
 * changes. Ids are those of src/components/i18n/locales/en.po.
 */
export function useT(): typeof t {
  useLocale();
  return t;
}

/**
 * The `lang` of the interface's own words: set on them where they sit inside a template's wording in
 * another language (an inline error inside a question whose label is English, on a Welsh page).
 */
export function useInterfaceLang(): 'cy' | 'en-GB' {
  return useLocale() === 'cy' ? 'cy' : 'en-GB';
}
