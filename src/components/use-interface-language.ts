import type { Language } from '@schemas/local-text.ts';
import { useSyncExternalStore } from 'react';

/**
 * The interface language ('en' or 'cy'): the language a new assessment on a bilingual template is
 * written in. A seam until the interface itself is translated (the `welsh-ui` work adds the catalogue
 * and the header's "Cymraeg" / "English" switch): it reads the same remembered choice that switch
 * keeps in this browser (localStorage "eia-builder.language"), and follows a change made in another
 * tab. When the switch lands, this returns its `useLocale()`.
 */
export const INTERFACE_LANGUAGE_KEY = 'eia-builder.language';

export function interfaceLanguage(): Language {
  try {
    return window.localStorage.getItem(INTERFACE_LANGUAGE_KEY) === 'cy' ? 'cy' : 'en';
  } catch {
    return 'en';
  }
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === INTERFACE_LANGUAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

export function useInterfaceLanguage(): Language {
  return useSyncExternalStore(subscribe, interfaceLanguage, () => 'en');
}
