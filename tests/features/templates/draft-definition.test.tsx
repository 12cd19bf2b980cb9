import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startHistory } from '@/domain/designer/designer-history.ts';
import { useDraftDefinition } from '@/features/templates/use-draft.ts';
import { createDesignerDraft } from '@/storage/designer-draft.ts';
import { impactTableTemplate } from '../../impact-table-template.ts';

/**
 * The preview reads the draft's definition alone (useDraftDefinition): the end of a run of typing (a field
 * losing focus as the preview opens) makes a new undo history with the same template, and the whole
 * preview form was rendered again for it.
 */
describe('the draft’s definition, as the preview reads it', () => {
  it('changes when the template changes, and not when only the undo history does', () => {
    const draft = createDesignerDraft(startHistory(impactTableTemplate));
    const seen: string[] = [];
    function Reader() {
      const definition = useDraftDefinition(draft);
      seen.push(definition.sections[0]!.title.en);
      return null;
    }
    render(<Reader />);
    const sectionId = impactTableTemplate.sections[0]!.id;
    act(() =>
      draft.dispatch({
        type: 'edit',
        command: { type: 'edit-section', sectionId, patch: { title: { en: 'Who is affected' } } },
        group: `title:${sectionId}`,
      }),
    );
    const historyBefore = draft.getHistory();
    // Typing ends (the field loses focus): a new history, the same template.
    act(() => draft.dispatch({ type: 'break' }));
    expect(draft.getHistory()).not.toBe(historyBefore);
    expect(draft.getHistory().definition).toBe(historyBefore.definition);
    expect(seen).toEqual([impactTableTemplate.sections[0]!.title.en, 'Who is affected']);
  });
});
