import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { startHistory, type DesignerHistory } from '@/domain/designer/designer-history.ts';
import { createAutosave, type Autosave } from './autosave.ts';
import { createDesignerDraft, type DesignerDraft } from './designer-draft.ts';
import { attachPageLifecycle } from './page-lifecycle.ts';
import { useAppStorage } from './storage-context.tsx';
import type { SaveStatusStore } from './draft-holder.ts';

/**
 * One template draft open in the designer: loaded from IndexedDB with its undo history, edited through
 * the pure designer reducer, and saved as the EDI manager types (debounced, flushed when the page is
 * hidden or closed), like an assessment. Every change, undo and redo is stored, so a reload comes back to
 * the same draft with the same undo steps.
 */
export type TemplateDraftState =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'error'; error: string }
  | { state: 'loaded'; history: DesignerHistory; basedOn: string | null };

type Loaded = { history: DesignerHistory; basedOn: string | null };

/** Loads a draft with its undo history (the editing itself: useDraftEditing). */
export function useTemplateDraft(templateId: string): TemplateDraftState {
  const { repository } = useAppStorage();
  const [loaded, setLoaded] = useState<{
    templateId: string;
    result: Loaded | 'missing' | { error: string };
  } | null>(null);
  useEffect(() => {
    let live = true;
    repository
      .getTemplateDraft(templateId)
      .then((draft) => {
        if (!live) return;
        setLoaded({
          templateId,
          result: draft
            ? {
                history: { ...startHistory(draft.definition), past: draft.past, future: draft.future },
                basedOn: draft.basedOn,
              }
            : 'missing',
        });
      })
      .catch((error: unknown) => {
        if (live) setLoaded({ templateId, result: { error: String((error as Error)?.message ?? error) } });
      });
    return () => {
      live = false;
    };
  }, [repository, templateId]);

  const result = loaded?.templateId === templateId ? loaded.result : null;
  if (result === null) return { state: 'loading' };
  if (result === 'missing') return { state: 'missing' };
  if ('error' in result) return { state: 'error', error: result.error };
  return { state: 'loaded', ...result };
}

/**
 * The editing state of a loaded draft: the draft store (designer-draft.ts), and the autosave of every
 * change. Call it with the draft as loaded (useTemplateDraft's `history`); `key` the component by the
 * template id. The component calling it does not re-render on edits: each page subscribes to the part of
 * the draft it shows. Saving is off the keystroke path: a change only hands the newest history to the
 * debounced autosave, which writes the undo history only when it changed (not while typing on in a field).
 */
export function useDraftEditing(
  initial: DesignerHistory,
  by: string,
): {
  draft: DesignerDraft;
  saveStatus: SaveStatusStore;
  flush: () => Promise<boolean>;
} {
  const { repository } = useAppStorage();
  const [draft] = useState(() => createDesignerDraft(initial));
  const [autosave] = useState<Autosave<{ history: DesignerHistory; by: string }>>(() => {
    // The undo history as stored: the loaded one, then whatever the last successful write stored.
    let stored = { past: initial.past, future: initial.future };
    return createAutosave<{ history: DesignerHistory; by: string }>({
      write: async ({ history: h, by: who }) => {
        const withUndo = h.past !== stored.past || h.future !== stored.future;
        await repository.saveTemplateDraft(
          { definition: h.definition, past: h.past, future: h.future },
          who,
          { withUndo },
        );
        stored = { past: h.past, future: h.future };
      },
    });
  });
  // Subscribed as the page is committed (a layout effect), not after it is painted: an edit made between
  // the two (a test's typing did, 1 run in 5) went to a draft nobody saved. Any edit already made by then
  // is handed over too.
  useLayoutEffect(() => {
    const save = () => autosave.change({ history: draft.getHistory(), by });
    const unsubscribe = draft.subscribe(save);
    if (draft.getHistory() !== initial) save();
    return unsubscribe;
  }, [draft, autosave, by, initial]);
  useEffect(() => {
    const detach = attachPageLifecycle({
      saveAtOnce: () => {
        void autosave.flush();
        return true;
      },
      hasUnsavedChanges: () => autosave.hasUnsavedChanges(),
    });
    return () => {
      detach();
      void autosave.flush();
    };
  }, [autosave]);
  const saveStatus = useMemo<SaveStatusStore>(
    () => ({ getStatus: () => autosave.getStatus(), subscribe: (l) => autosave.subscribe(l) }),
    [autosave],
  );
  const flush = useCallback(() => autosave.flush(), [autosave]);
  return { draft, saveStatus, flush };
}
