import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateDraftRoute } from '@/app/template-draft-route.tsx';
import { impactTableTemplate } from '../../impact-table-template.ts';
import { recordRenders, stopRecordingRenders } from '../../support/react-render-log.ts';
import { renderWithStorage, testStorage } from '../render-with-storage.tsx';

/**
 * Issue 10's typing figure: in the designer, a keystroke in one question's label must re-render that
 * question's editor alone, not the section page around it, the other questions' editors, the form that
 * adds a question, nor the settings of its own kind (a table's columns) that the keystroke does not change.
 * The renders are read from React itself (tests/support/react-render-log.ts), in the real draft route with
 * its storage and autosave.
 */
const template = { ...impactTableTemplate, id: 'render-count', languages: ['en' as const] };

async function openSection(sectionId: string) {
  const storage = testStorage();
  await storage.repository.startTemplateDraft(template, null, 'Sam');
  const view = renderWithStorage(
    <TemplateDraftRoute templateId={template.id} rest={`sections/${sectionId}`} />,
    storage,
  );
  await screen.findByRole('heading', { level: 1, name: /^Section 2/ });
  return view;
}

afterEach(stopRecordingRenders);

describe('typing in the designer re-renders only what changed', () => {
  it('a keystroke in one question’s label re-renders that question’s editor alone', async () => {
    await openSection('impact');
    const label = screen.getByLabelText('Question 3 wording');
    const rendered = recordRenders();
    fireEvent.change(label, { target: { value: 'Action plans' } });
    await waitFor(() => expect(screen.getByLabelText('Question 3 wording')).toHaveValue('Action plans'));
    stopRecordingRenders();

    const editors = rendered.filter((r) => r.startsWith('QuestionEditor'));
    expect(editors).toEqual(['QuestionEditor#actions']);
    expect(rendered).not.toContain('DraftSectionPage');
    expect(rendered).not.toContain('AddQuestionForm');
    // The table's columns are untouched by its label: their editor is not rendered again.
    expect(rendered).not.toContain('TableColumnsEditor');
    // The section's own fields (its title, its guidance) are not rendered again.
    expect(rendered.filter((r) => r === 'ListTextarea' || r === 'LocalTextField').length).toBeLessThan(6);
  });

  it('keeps every keystroke typed quickly, and the other questions as they were', async () => {
    await openSection('impact');
    const label = screen.getByLabelText('Question 1 wording');
    let value = 'Older people';
    for (const letter of ' aged 65+') {
      value += letter;
      fireEvent.change(label, { target: { value } });
    }
    expect(screen.getByLabelText('Question 1 wording')).toHaveValue('Older people aged 65+');
    expect(screen.getByLabelText('Question 2 wording')).toHaveValue('Young people');
    expect(screen.getByRole('heading', { level: 3, name: '1. Older people aged 65+' })).toBeInTheDocument();
  });
});
