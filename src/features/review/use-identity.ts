import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { CommentRole } from '@/domain/comments.ts';

/**
 * Who is commenting or reviewing. There are no accounts: the name is asked once and remembered in this
 * browser (localStorage), with whether they act as the reviewer or the assessor. If storage is not
 * available (private mode) it is remembered for this page only.
 */
export type Identity = { name: string; role: CommentRole };

const KEY = 'eia-builder:identity';
const listeners = new Set<() => void>();
let memory = '';

function read(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return memory;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function parse(raw: string, fallbackRole: CommentRole): Identity {
  try {
    const value = JSON.parse(raw) as Partial<Identity>;
    return {
      name: typeof value.name === 'string' ? value.name : '',
      role: value.role === 'assessor' || value.role === 'reviewer' ? value.role : fallbackRole,
    };
  } catch {
    return { name: '', role: fallbackRole };
  }
}

export function useIdentity(fallbackRole: CommentRole = 'assessor'): [Identity, (next: Identity) => void] {
  const raw = useSyncExternalStore(subscribe, read, () => '');
  const identity = useMemo(() => parse(raw, fallbackRole), [raw, fallbackRole]);
  const setIdentity = useCallback((next: Identity) => {
    const raw = JSON.stringify({ name: next.name.trim(), role: next.role });
    try {
      window.localStorage.setItem(KEY, raw);
    } catch {
      memory = raw; // Private mode or storage full: remembered in memory for this page only.
    }
    for (const listener of listeners) listener();
  }, []);
  return [identity, setIdentity];
}
