import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { ChooseTemplatePage } from '@/features/library/choose-template-page.tsx';
import { TemplatesPage } from '@/features/templates/templates-page.tsx';
import { renderWithStorage, testStorage } from '../render-with-storage.tsx';

/**
 * A template's name on the Templates page and on "Which form?": in the interface's language when the
 * template has it (a user test found the HCPC form named in English on the Welsh Templates page), else in
 * the language it has, tagged with that language; a Welsh-only template is never a blank heading.
 */
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => activateLanguage('en'));

const welshOnly: TemplateDefinition = {
  ...structuredClone(hcpcEia201810Definition),
  id: 'cyngor-eia',
  version: '1',
  languages: ['cy'],
  title: { en: '', cy: 'Asesiad Effaith Cydraddoldeb y Cyngor' },
  shortTitle: { en: '', cy: 'Asesiad Effaith Cydraddoldeb y Cyngor' },
};

async function withWelshOnlyTemplate() {
  const storage = testStorage();
  await storage.repository.saveTemplates([welshOnly], 'cyngor.eia-template.json');
  return storage;
}

describe('template names', () => {
  it('names the built-in form in Welsh on the Welsh Templates page, and a Welsh-only form in Welsh', async () => {
    await activateLanguage('cy');
    renderWithStorage(<TemplatesPage />, await withWelshOnlyTemplate());
    const hcpc = await screen.findByRole('heading', {
      level: 2,
      name: /^Asesiad Effaith Cydraddoldeb, Amrywiaeth a Chynhwysiant \(AEC\)/,
    });
    expect(hcpc.querySelector('[lang]')).toBeNull();
    expect(screen.queryByText('Equality, Diversity and Inclusion Impact Assessment (EIA)')).toBeNull();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Asesiad Effaith Cydraddoldeb y Cyngor' }),
    ).toBeInTheDocument();
  });

  it('names a Welsh-only form in Welsh on the English Templates page, tagged as Welsh', async () => {
    renderWithStorage(<TemplatesPage />, await withWelshOnlyTemplate());
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Asesiad Effaith Cydraddoldeb y Cyngor',
    });
    expect(within(heading).getByText('Asesiad Effaith Cydraddoldeb y Cyngor')).toHaveAttribute('lang', 'cy');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: /^Equality, Diversity and Inclusion Impact Assessment \(EIA\)/,
      }),
    ).toBeInTheDocument();
  });

  it('offers a Welsh-only form by its Welsh name when starting an assessment in English', async () => {
    renderWithStorage(<ChooseTemplatePage />, await withWelshOnlyTemplate());
    const radio = await screen.findByRole('radio', { name: 'Asesiad Effaith Cydraddoldeb y Cyngor' });
    expect(within(radio.closest('.govuk-radios__item')!).getByText(/^Asesiad/)).toHaveAttribute('lang', 'cy');
  });
});
