import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { renderDraftPage } from './designer-harness.tsx';

/**
 * A template published in English and Welsh in the designer: each text's English and Welsh side by side,
 * the texts with no Welsh version listed (each a way to its Welsh field), Welsh needing review shown as
 * such and marked reviewed, every change undone.
 */
vi.setConfig({ testTimeout: 60_000 });

const hcpc = structuredClone(hcpcEia201810Definition);
const template: TemplateDefinition = {
  ...hcpc,
  id: 'council-eia',
  version: '1',
  languages: ['en', 'cy'],
  title: { en: 'Council EIA', cy: 'AEC y Cyngor' },
  shortTitle: { en: 'Council EIA', cy: 'AEC y Cyngor' },
  sections: hcpc.sections.map((s) =>
    s.id === 'analysis' ? { ...s, questions: s.questions.slice(0, 2) } : s,
  ),
  footnotes: [],
};
const age = (d: TemplateDefinition) => d.sections.find((s) => s.id === 'analysis')!.questions[0]!;
const undo = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Undo' }));

describe('Welsh in the designer', () => {
  it('shows each text’s English and Welsh side by side, and edits the Welsh keeping the English', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    await user.click(screen.getByText('Edit Age'));
    const english = screen.getByLabelText('Question 1 wording (English)');
    const welsh = screen.getByLabelText('Question 1 wording (Welsh)');
    expect(english).toHaveValue('Age');
    expect(welsh).toHaveValue('Oedran');
    expect(welsh).toHaveAttribute('lang', 'cy');
    expect(welsh.id).toBe('q-age-label-cy');
    await user.clear(welsh);
    await user.type(welsh, 'Oed');
    expect(age(latest().definition).label).toMatchObject({ en: 'Age', cy: 'Oed' });
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('shows Welsh that needs review, and marks it reviewed (undone too)', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    await user.click(screen.getByText('Edit Age'));
    const block = within(screen.getByRole('heading', { name: /^1\. Age/ }).closest('li')!);
    expect(block.getAllByText('Welsh needs review').length).toBeGreaterThan(0);
    await user.click(block.getByRole('button', { name: 'Mark the Welsh of the wording of Age as reviewed' }));
    expect(age(latest().definition).label).toEqual({ en: 'Age', cy: 'Oedran' });
    expect(
      block.queryByRole('button', { name: 'Mark the Welsh of the wording of Age as reviewed' }),
    ).not.toBeInTheDocument();
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('lists the texts with no Welsh version, each taking you to its Welsh field', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    expect(screen.getByText('Every text in this section has a Welsh version.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Long text' }));
    await user.type(screen.getByLabelText('Question to add'), 'Carers');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.type(
      screen.getByLabelText('Hint (English, optional)', { selector: '#q-carers-hint' }),
      'Unpaid',
    );
    await user.click(screen.getByText('2 texts have no Welsh version in this section'));
    await user.click(screen.getByRole('button', { name: /“Carers”: hint/ }));
    await waitFor(() => expect(document.getElementById('q-carers-hint-cy')).toHaveFocus());
    await user.type(document.getElementById('q-carers-hint-cy')!, 'Di-dâl');
    await user.type(document.getElementById('q-carers-label-cy')!, 'Gofalwyr');
    expect(screen.getByText('Every text in this section has a Welsh version.')).toBeInTheDocument();
    const carers = latest()
      .definition.sections.find((s) => s.id === 'analysis')!
      .questions.at(-1)!;
    expect(carers).toMatchObject({
      label: { en: 'Carers', cy: 'Gofalwyr' },
      hint: { en: 'Unpaid', cy: 'Di-dâl' },
    });
  });

  it('edits the Welsh of options and of the title of the form', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template);
    const title = screen.getByLabelText('Title of the form (Welsh)');
    await user.clear(title);
    await user.type(title, 'Asesiad');
    expect(latest().definition.title).toEqual({ en: 'Council EIA', cy: 'Asesiad' });
    expect(latest().definition.shortTitle).toEqual({ en: 'Council EIA', cy: 'Asesiad' });
    expect(screen.getByText(/1 Welsh text needs review|Welsh texts need review/)).toBeInTheDocument();
  });

  it('shows only the English fields in a template published in English only', () => {
    renderDraftPage({ ...template, languages: ['en'] }, { sectionId: 'analysis' });
    expect(screen.queryByLabelText('Question 1 wording (Welsh)')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Question 1 wording')).toHaveValue('Age');
    expect(screen.queryByText(/Welsh version/)).not.toBeInTheDocument();
  });
});
