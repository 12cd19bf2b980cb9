import { useSyncExternalStore } from 'react';

/**
 * The name this browser's user gave (the review tools ask it once and keep it in localStorage), shown as
 * who changed a template last. Read only here; an empty string when none was given.
 */
const KEY = 'eia-builder:identity';

function read(): string {
  try {
    const raw = window.localStorage.getItem(KEY);
    const name = raw ? (JSON.parse(raw) as { name?: unknown }).name : '';
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

function subscribe(listener: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

export function useDesignerName(): string {
  return useSyncExternalStore(subscribe, read, () => '');
}

/** Remembers the name (the publish page asks for it), in the same place the review tools keep it. */
export function rememberDesignerName(name: string): void {
  try {
    const raw = window.localStorage.getItem(KEY);
    const current = raw ? (JSON.parse(raw) as Record<string, unknown>) : { role: 'reviewer' };
    window.localStorage.setItem(KEY, JSON.stringify({ ...current, name: name.trim() }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
  } catch {
    /* private mode: not remembered */
  }
}
