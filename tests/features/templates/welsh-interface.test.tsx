import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { withCommonAdditions } from '@/domain/designer/common-additions.ts';
import { renderDraftPage } from './designer-harness.tsx';

/**
 * The designer with the interface in Welsh: the table-columns and impact editors, the "Welsh" panel (its
 * counts and the place of each text) and the change of kind speak Welsh; the template's own English words
 * in them are tagged `lang="en"`.
 */
vi.setConfig({ testTimeout: 60_000 });
beforeEach(() => activateLanguage('cy'));
afterEach(() => activateLanguage('en'));

const additions = withCommonAdditions(structuredClone(hcpcEia201810Definition));
const template: TemplateDefinition = {
  ...additions,
  id: 'council-eia',
  version: '1',
  languages: ['en', 'cy'],
  sections: additions.sections.map((s) =>
    s.id === 'analysis' ? { ...s, questions: s.questions.slice(0, 1) } : s,
  ),
  footnotes: [],
};

describe('the designer in Welsh', () => {
  it('words a table’s columns editor in Welsh, the column headings tagged as English', async () => {
    const user = userEvent.setup();
    renderDraftPage(
      {
        ...template,
        languages: ['en'],
      },
      { sectionId: 'action-plan' },
    );
    await user.click(document.getElementById('q-actionPlanSummary-edit')!);
    expect(screen.getByText('Colofnau’r tabl')).toBeInTheDocument();
    expect(screen.getByLabelText('Pennawd colofn 1')).toHaveValue('Action');
    expect(screen.getByLabelText('Math colofn 2')).toHaveDisplayValue('Testun');
    expect(screen.getByLabelText('Math colofn 4')).toHaveDisplayValue('Un opsiwn o restr');
    const move = screen.getByRole('button', { name: 'Symud colofn Owner i’r chwith' });
    expect(within(move).getByText('Owner')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Colofn 1:').closest('p')).toHaveTextContent('Colofn 1: Action');
    expect(screen.getByLabelText('Pennawd colofn newydd')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ychwanegu colofn' })).toBeInTheDocument();
    expect(screen.getByLabelText('Rhaid llenwi colofn 1 ar bob rhes')).toBeChecked();
    expect(
      screen.getByLabelText('Y nifer mwyaf o resi y gall rhywun eu hychwanegu (dewisol)'),
    ).toBeInTheDocument();
    // No English word of the interface is left in the table's editor.
    const editor = document.querySelector('.app-designer-columns')!;
    for (const english of ['Columns of the table', 'Heading', 'Move column', 'Add column', 'Most rows']) {
      expect(editor.textContent).not.toContain(english);
    }
    await user.click(screen.getByRole('button', { name: 'Ychwanegu colofn' }));
    expect(screen.getByText('Rhowch bennawd ar gyfer y golofn newydd')).toBeInTheDocument();
  });

  it('words an impact question’s editor in Welsh, with the usual questions in Welsh', async () => {
    const user = userEvent.setup();
    renderDraftPage({ ...template, languages: ['en'] }, { sectionId: 'analysis' });
    await user.click(document.getElementById('q-age-edit')!);
    expect(
      screen.getByRole('group', { name: 'Ar ôl y sgôr (cadarnhaol, negyddol, niwtral neu ddim yn hysbys)' }),
    ).toBeInTheDocument();
    const why = screen.getByLabelText('Cwestiwn yn gofyn pam (dewisol)');
    expect(why).toHaveAccessibleDescription(/Gadewch yn wag ar gyfer “Pam ydych chi'n meddwl hyn\?”/);
    // The sections to move it to: an option cannot tag part of its text, so it is the English title alone.
    const option = screen.getByRole('option', { name: '5. Summary of Analysis' });
    expect(option).toHaveAttribute('lang', 'en');
    expect(option.closest('select')).toHaveAccessibleName('Symud Age i adran arall');
  });

  it('words the Welsh panel in Welsh: counts, and where each text is', async () => {
    const user = userEvent.setup();
    renderDraftPage(template, { sectionId: 'analysis' });
    const panel = within(document.getElementById('welsh-gaps')!);
    expect(panel.getByRole('heading', { name: 'Cymraeg' })).toBeInTheDocument();
    expect(panel.getByText('Mae gan bob testun yn yr adran hon fersiwn Gymraeg.')).toBeInTheDocument();
    await user.click(
      panel.getByText(/^Mae angen adolygu \d+ (testun|destun|thestun) Cymraeg yn yr adran hon$/),
    );
    const place = panel.getByRole('button', { name: /“Age”: geiriad/ });
    expect(within(place).getByText('Age')).toHaveAttribute('lang', 'en');
    // The words to review are Welsh.
    expect(within(place).getByText('Oedran')).toHaveAttribute('lang', 'cy');
  });
});
