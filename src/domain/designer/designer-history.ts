import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { applyEdit, type EditCommand } from './edit-template.ts';

/**
 * A draft with its undo and redo history: plain data, stored with the draft so that undo works across
 * reloads. Each entry is a whole definition (a draft is small; at most MAX_UNDO steps are kept).
 * Typing into one field is one step: an edit with the same `group` as the previous one replaces it.
 */
export const MAX_UNDO = 100;

export type DesignerHistory = {
  definition: TemplateDefinition;
  past: TemplateDefinition[];
  future: TemplateDefinition[];
  /** The `group` of the last edit (e.g. "label:age"), so that typing in one field is one undo step. */
  lastGroup: string | null;
};

export type DesignerAction =
  | { type: 'edit'; command: EditCommand; group?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Ends the current typing group (the field lost focus): the next keystroke is a new step. */
  | { type: 'break' };

export function startHistory(definition: TemplateDefinition): DesignerHistory {
  return { definition, past: [], future: [], lastGroup: null };
}

export function designerReducer(state: DesignerHistory, action: DesignerAction): DesignerHistory {
  switch (action.type) {
    case 'edit': {
      const next = applyEdit(state.definition, action.command);
      if (next === state.definition) return state;
      const group = action.group ?? null;
      if (group !== null && group === state.lastGroup) {
        // Typing on in one field: the same undo step. `past` (and an empty `future`) keep their identity,
        // so the autosave knows the stored undo history is unchanged and writes the definition alone.
        return { ...state, definition: next, future: state.future.length === 0 ? state.future : [] };
      }
      return {
        definition: next,
        past: [...state.past, state.definition].slice(-MAX_UNDO),
        future: [],
        lastGroup: group,
      };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        definition: previous,
        past: state.past.slice(0, -1),
        future: [state.definition, ...state.future],
        lastGroup: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { definition: next, past: [...state.past, state.definition], future: rest, lastGroup: null };
    }
    case 'break':
      return state.lastGroup === null ? state : { ...state, lastGroup: null };
  }
}
