import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '@schemas/local-text.ts';
import { PublicationPage } from '@/features/publication/publication-page.tsx';
import { buildExampleAssessment } from '../../builders.ts';
import { renderWithStorage } from '../render-with-storage.tsx';

function renderPage(
  languages: Language[],
  language: Language = 'en',
  appendixLanguage?: 'en' | 'cy' | 'both',
) {
  const onSave = vi.fn(async () => true);
  const { publication } = buildExampleAssessment();
  renderWithStorage(
    <PublicationPage
      assessmentId="a1"
      title="Social media guidance updates 2019"
      publication={{ ...publication, ...(appendixLanguage ? { appendixLanguage } : {}) }}
      readOnly={false}
      language={language}
      languages={languages}
      onSave={onSave}
    />,
  );
  return onSave;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save publication details' }));

describe('Publication details: languages', () => {
  it('lets the language of an assessment on a bilingual template be changed, the appendix following it', async () => {
    const onSave = renderPage(['en', 'cy']);
    const group = screen.getByRole('group', { name: 'Language of this assessment' });
    expect(group).toBeTruthy();
    const welsh = screen.getAllByRole('radio', { name: 'Cymraeg' });
    expect(welsh[0]!.closest('.govuk-radios__item')!.querySelector('label')!.getAttribute('lang')).toBe('cy');
    fireEvent.click(welsh[0]!);
    // Until someone chooses, the appendix is printed in the assessment's language.
    expect((screen.getAllByRole('radio', { name: 'Cymraeg' })[1] as HTMLInputElement).checked).toBe(true);
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const [publication, language] = onSave.mock.calls[0] as unknown as [
      { appendixLanguage?: string },
      string,
    ];
    expect(language).toBe('cy');
    expect(publication.appendixLanguage).toBeUndefined();
  });

  it('keeps a bilingual appendix when chosen', async () => {
    const onSave = renderPage(['en', 'cy'], 'cy');
    fireEvent.click(screen.getByRole('radio', { name: 'Both: English, then Welsh' }));
    save();
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    const [publication, language] = onSave.mock.calls[0] as unknown as [
      { appendixLanguage?: string },
      string,
    ];
    expect(language).toBe('cy');
    expect(publication.appendixLanguage).toBe('both');
  });

  it('shows a choice made before', () => {
    renderPage(['en', 'cy'], 'en', 'both');
    expect(
      (screen.getByRole('radio', { name: 'Both: English, then Welsh' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('asks nothing about languages for an English-only template', () => {
    renderPage(['en']);
    expect(screen.queryByRole('group', { name: 'Language of this assessment' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
