import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  designerReducer,
  startHistory,
  type DesignerAction,
  type DesignerHistory,
} from '@/domain/designer/designer-history.ts';
import { createAutosave, type Autosave } from './autosave.ts';
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
 * The editing state of a loaded draft: the reducer, and the autosave of every change. Call it with the
 * draft as loaded (useTemplateDraft's `history`); `key` the component by the template id.
 */
export function useDraftEditing(
  initial: DesignerHistory,
  by: string,
): {
  history: DesignerHistory;
  dispatch: (action: DesignerAction) => void;
  saveStatus: SaveStatusStore;
  flush: () => Promise<boolean>;
} {
  const { repository } = useAppStorage();
  const [history, dispatch] = useReducer(designerReducer, initial);
  const [autosave] = useState<Autosave<{ history: DesignerHistory; by: string }>>(() =>
    createAutosave<{ history: DesignerHistory; by: string }>({
      write: ({ history: h, by: who }) =>
        repository.saveTemplateDraft({ definition: h.definition, past: h.past, future: h.future }, who),
    }),
  );
  const first = useRef(history);
  useEffect(() => {
    if (history !== first.current) autosave.change({ history, by });
  }, [history, by, autosave]);
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
  return { history, dispatch, saveStatus, flush };
}
