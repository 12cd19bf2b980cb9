import { useRef, useSyncExternalStore } from 'react';
import type { DesignerHistory } from '@/domain/designer/designer-history.ts';
import type { DesignerDraft } from '@/storage/designer-draft.ts';

/**
 * The part of the open draft a component shows: it re-renders only when that part changes (`equal`,
 * by default the same value). The designer's edits keep the identity of every section, question and
 * text they do not touch, so selecting a question (or a section's title) is enough to skip renders
 * while another question is being typed into. A selector that builds a new value each time needs an
 * `equal` (e.g. `sameItems`).
 */
export function useDraft<T>(
  draft: DesignerDraft,
  select: (history: DesignerHistory) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const cache = useRef<{ history: DesignerHistory; select: unknown; value: T } | null>(null);
  const getSnapshot = () => {
    const history = draft.getHistory();
    const last = cache.current;
    if (last && last.history === history && last.select === select) return last.value;
    const value = select(history);
    const kept = last && equal(last.value, value) ? last.value : value;
    cache.current = { history, select, value: kept };
    return kept;
  };
  return useSyncExternalStore(draft.subscribe, getSnapshot);
}

/** The whole history (pages that show the whole draft: its sections page, publishing, the preview). */
export function useDraftHistory(draft: DesignerDraft): DesignerHistory {
  return useSyncExternalStore(draft.subscribe, draft.getHistory);
}

/**
 * The draft's template definition alone: re-renders when the template changes, not when only its undo
 * history does (the end of a run of typing, as a field loses focus, makes a new history with the same
 * definition; the preview rendered the whole form again for it).
 */
export function useDraftDefinition(draft: DesignerDraft): DesignerHistory['definition'] {
  return useSyncExternalStore(draft.subscribe, () => draft.getHistory().definition);
}

/** Two lists with the same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/** Two objects whose own fields are the same values (`except` fields are compared by the caller). */
export function sameFields<T extends object>(
  a: T | undefined,
  b: T | undefined,
  except: ReadonlyArray<keyof T> = [],
): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as Array<keyof T>;
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => except.includes(k) || Object.is(a[k], b[k]));
}
