import { useT } from '@/components/i18n/use-locale.ts';
import type { DesignerDraft } from '@/storage/designer-draft.ts';
import { useDraft } from './use-draft.ts';

/**
 * Undo and Redo of every change to the draft (kept across reloads). The buttons stay focusable when
 * there is nothing to undo (aria-disabled), so focus never drops to the page after the last undo.
 */
export function UndoBar({ draft }: { draft: DesignerDraft }) {
  const t = useT();
  const undoable = useDraft(draft, (h) => h.past.length);
  const canUndo = undoable > 0;
  const canRedo = useDraft(draft, (h) => h.future.length > 0);
  const dispatch = draft.dispatch;
  return (
    <div className="govuk-button-group app-designer-undo">
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-disabled={!canUndo}
        onClick={() => canUndo && dispatch({ type: 'undo' })}
      >
        {t('designer.undo.undo')}
      </button>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-disabled={!canRedo}
        onClick={() => canRedo && dispatch({ type: 'redo' })}
      >
        {t('designer.undo.redo')}
      </button>
      <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-0" aria-live="polite">
        {canUndo ? t('designer.undo.count', { count: undoable }) : t('designer.undo.none')}
      </p>
    </div>
  );
}
