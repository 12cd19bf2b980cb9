import {
  designerReducer,
  type DesignerAction,
  type DesignerHistory,
} from '@/domain/designer/designer-history.ts';

/**
 * The draft open in the designer, as a small external store: the designer's pure reducer applied
 * synchronously on every action (so no keystroke is ever lost or reordered), and listeners told after each
 * change. Pages and question editors subscribe to the part they show (`useDraft` in the templates feature),
 * so a keystroke in one question's label re-renders that question's editor alone; the autosave subscribes
 * too, off React's rendering.
 */
export type DesignerDraft = {
  getHistory(): DesignerHistory;
  dispatch(action: DesignerAction): void;
  subscribe(listener: () => void): () => void;
};

export function createDesignerDraft(initial: DesignerHistory): DesignerDraft {
  let history = initial;
  const listeners = new Set<() => void>();
  return {
    getHistory: () => history,
    dispatch(action) {
      const next = designerReducer(history, action);
      if (next === history) return;
      history = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
