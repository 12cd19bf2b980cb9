import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TemplateDraftRoute } from '@/app/template-draft-route.tsx';
import { smallTemplate } from '../../template-builders.ts';
import { renderWithStorage, testStorage } from '../render-with-storage.tsx';

/**
 * The designer's autosave, off the keystroke path: every keystroke is stored (typing on in one field is
 * one undo step, and the stored undo history is then left as it is), and after a reload the draft comes
 * back with its undo steps, which still undo.
 */
const template = { ...smallTemplate, id: 'autosave-draft', languages: ['en' as const] };

describe('the draft saves as you type', () => {
  it('stores every keystroke and the undo steps, which still undo after a reload', async () => {
    const storage = testStorage();
    await storage.repository.startTemplateDraft(template, null, 'Sam');
    const first = renderWithStorage(
      <TemplateDraftRoute templateId={template.id} rest="sections/about" />,
      storage,
    );
    const label = await screen.findByLabelText('Question 3 wording');
    for (const value of ['Carers ', 'Carers a', 'Carers and', 'Carers and friends']) {
      fireEvent.change(label, { target: { value } });
    }
    fireEvent.blur(label);
    fireEvent.change(screen.getByLabelText('Question 4 wording'), { target: { value: 'Disabled adults' } });
    // Leaving the page stores what is pending at once.
    first.unmount();
    await waitFor(async () => {
      const stored = await storage.repository.getTemplateDraft(template.id);
      const labels = stored!.definition.sections[0]!.questions.map((q) => q.label.en);
      expect(labels.slice(2)).toEqual(['Carers and friends', 'Disabled adults']);
      expect(stored!.past).toHaveLength(2);
    });

    renderWithStorage(<TemplateDraftRoute templateId={template.id} rest="sections/about" />, storage);
    expect(await screen.findByLabelText('Question 3 wording')).toHaveValue('Carers and friends');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Question 4 wording')).toHaveValue('Disabled people');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Question 3 wording')).toHaveValue('Carers');
  });
});
