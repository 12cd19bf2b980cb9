import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { renderDraftPage } from './designer-harness.tsx';

/**
 * Every editing action of the designer, done as a user does it (buttons and fields found by their
 * accessible names), with where focus lands after it, and its Undo putting the draft back exactly.
 */
// Typing into the 11-question HCPC section in jsdom is slow on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

const hcpc = structuredClone(hcpcEia201810Definition);
// HCPC's sections, with four groups in section 3 (enough for every action; fewer fields to render in jsdom).
const template: TemplateDefinition = {
  ...hcpc,
  id: 'council-eia',
  version: '1',
  // Published in English only: the English fields alone (Welsh editing: welsh-editing.test.tsx).
  languages: ['en'],
  title: { en: 'Council EIA' },
  shortTitle: { en: 'Council EIA' },
  sections: hcpc.sections.map((s) =>
    s.id === 'analysis' ? { ...s, questions: s.questions.slice(0, 4) } : s,
  ),
  footnotes: [],
};
const groups = template.sections.find((s) => s.id === 'analysis')!;
const questionsOf = (d: TemplateDefinition, sectionId = 'analysis') =>
  d.sections.find((s) => s.id === sectionId)!.questions;
const labels = (d: TemplateDefinition, sectionId = 'analysis') =>
  questionsOf(d, sectionId).map((q) => q.label.en);

async function undo(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Undo' }));
}

describe('the draft’s sections page', () => {
  it('adds a section (focus on its link) and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template);
    await user.type(screen.getByLabelText('Title of a new section'), 'Carers');
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    expect(
      latest()
        .definition.sections.map((s) => s.title.en)
        .at(-1),
    ).toBe('Carers');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Carers' })).toHaveFocus());
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('refuses a new section with no title, saying what to do', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template);
    await user.click(screen.getByRole('button', { name: 'Add section' }));
    expect(screen.getByText('Enter a title for the new section')).toBeInTheDocument();
    expect(latest().definition).toEqual(template);
  });

  it('moves a section down (focus stays on its button) and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template);
    await user.click(screen.getByRole('button', { name: 'Move Evidence and Engagement down' }));
    expect(
      latest()
        .definition.sections.map((s) => s.id)
        .slice(0, 3),
    ).toEqual(['overview', 'analysis', 'evidence']);
    expect(latest().definition.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move Evidence and Engagement down' })).toHaveFocus(),
    );
    await undo(user);
    expect(latest().definition).toEqual(template);
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
  });

  it('removes a section (focus on the next one) and undo brings it back', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template);
    await user.click(screen.getByRole('button', { name: 'Remove section Welsh Language Scheme' }));
    expect(latest().definition.sections.map((s) => s.id)).not.toContain('welsh-language');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Summary of Analysis' })).toHaveFocus());
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('renames the form (typing is one undo step) and redoes it', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template);
    const title = screen.getByLabelText('Title of the form');
    await user.clear(title);
    await user.type(title, 'Borough');
    expect(latest().definition.title.en).toBe('Borough');
    await undo(user);
    expect(latest().definition).toEqual(template);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(latest().definition.title.en).toBe('Borough');
  });
});

describe('a draft section page', () => {
  it('renames the section and sets its guidance, each undone', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    const title = screen.getByLabelText('Section title');
    await user.clear(title);
    await user.type(title, 'Groups');
    expect(latest().definition.sections[2]!.title.en).toBe('Groups');
    await user.tab();
    const guidance = screen.getByLabelText('Guidance at the top of the section (optional)');
    await user.clear(guidance);
    await user.type(guidance, 'One.{enter}{enter}Two.');
    const typed = latest().definition.sections[2]!.guidance;
    // English as typed; the Welsh of the old paragraphs is kept (marked for review), never dropped.
    expect(typed.map((p) => p.text.en).filter(Boolean)).toEqual(['One.', 'Two.']);
    expect(typed.map((p) => p.text.cy).filter(Boolean)).toEqual(
      groups.guidance.map((p) => p.text.cy).filter(Boolean),
    );
    await undo(user);
    expect(latest().definition.sections[2]!.guidance).toEqual(groups.guidance);
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('adds a question of a chosen kind (focus in its wording) and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    expect(screen.getByRole('radio', { name: 'One option' })).toHaveAccessibleDescription(
      'One answer chosen from options the template lists (radios).',
    );
    await user.click(screen.getByRole('radio', { name: 'One option' }));
    await user.type(screen.getByLabelText('Question to add'), 'Carers');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    const added = questionsOf(latest().definition).at(-1)!;
    expect(added).toMatchObject({
      id: 'carers',
      kind: 'choice',
      label: { en: 'Carers' },
      options: [],
    });
    await waitFor(() => expect(document.getElementById('q-carers-label')).toHaveFocus());
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('pastes a list of options to make many at once, and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    await user.click(screen.getByRole('radio', { name: 'Several options' }));
    await user.type(screen.getByLabelText('Question to add'), 'Groups');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    const options = document.getElementById('q-groups-options')!;
    await user.click(options);
    await user.paste('Carers\nCare leavers\nArmed forces');
    expect(questionsOf(latest().definition).at(-1)).toMatchObject({
      options: [
        { value: 'carers', label: { en: 'Carers' } },
        { value: 'care-leavers', label: { en: 'Care leavers' } },
        { value: 'armed-forces', label: { en: 'Armed forces' } },
      ],
    });
    await undo(user);
    expect(questionsOf(latest().definition).at(-1)).toMatchObject({ options: [] });
  });

  it('edits a question’s wording and settings, each one undo step, keeping its Welsh', async () => {
    const welsh: TemplateDefinition = structuredClone(template);
    welsh.sections[2]!.questions[0]!.label = { en: 'Age', cy: 'Oedran' };
    const user = userEvent.setup();
    const { latest } = renderDraftPage(welsh, { sectionId: 'analysis' });
    await user.click(screen.getByText('Edit Age'));
    const label = document.getElementById('q-age-label')!;
    await user.clear(label);
    await user.type(label, 'Ages');
    await user.type(document.getElementById('q-age-hint')!, 'Any');
    await user.click(document.getElementById('q-age-required')!);
    await user.selectOptions(document.getElementById('q-age-role')!, '');
    await user.clear(document.getElementById('q-age-max-length')!);
    await user.type(document.getElementById('q-age-max-length')!, '900');
    const age = () => questionsOf(latest().definition).find((q) => q.id === 'age')!;
    expect(age()).toMatchObject({
      label: { en: 'Ages', cy: 'Oedran', cyNeedsReview: true },
      hint: { en: 'Any' },
      maxLength: 900,
    });
    expect(age().required).toBe(!groups.questions[0]!.required);
    expect(age().role).toBeUndefined();
    for (let i = 0; i < 5; i += 1) await undo(user);
    expect(latest().definition).toEqual(welsh);
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('gives a required question its message, and a yes / no question its follow-up', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    await user.click(screen.getByRole('radio', { name: 'Yes or no' }));
    await user.type(screen.getByLabelText('Question to add'), 'Asked');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.click(document.getElementById('q-asked-required')!);
    await user.type(document.getElementById('q-asked-required-message')!, 'Say');
    await user.click(document.getElementById('q-asked-has-follow-up')!);
    const followUp = document.getElementById('q-asked-follow-up-label')!;
    await user.clear(followUp);
    await user.type(followUp, 'Why?');
    await user.click(document.getElementById('q-asked-follow-up-when-no')!);
    expect(questionsOf(latest().definition).at(-1)).toMatchObject({
      kind: 'yes-no',
      required: true,
      requiredMessage: { en: 'Say' },
      followUp: { label: { en: 'Why?' }, required: false },
      followUpWhen: 'no',
    });
    for (let i = 0; i < 5; i += 1) await undo(user);
    expect(questionsOf(latest().definition).at(-1)).toMatchObject({ kind: 'yes-no', required: false });
    expect(questionsOf(latest().definition).at(-1)).not.toHaveProperty('followUp');
  });

  it('moves a question up and down (focus stays on the moved question’s button) and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    await user.click(screen.getByRole('button', { name: 'Move Age down' }));
    expect(labels(latest().definition).slice(0, 2)).toEqual(['Disability', 'Age']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Age down' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Move Age up' }));
    expect(labels(latest().definition).slice(0, 2)).toEqual(['Age', 'Disability']);
    // At the top there is no "up": focus goes to its "down".
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Age down' })).toHaveFocus());
    await undo(user);
    expect(labels(latest().definition).slice(0, 2)).toEqual(['Disability', 'Age']);
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('removes a question (focus on the next question) and undo brings it back', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    await user.click(screen.getByRole('button', { name: 'Remove question Disability' }));
    expect(labels(latest().definition)).not.toContain('Disability');
    await waitFor(() => expect(screen.getByRole('heading', { name: /Gender reassignment/ })).toHaveFocus());
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('moves a question to another section (focus on the next question) and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    const block = screen.getByRole('heading', { name: /^2\. Disability/ }).closest('li')!;
    await user.selectOptions(
      within(block).getByLabelText('Move Disability to another section'),
      'Section 5: Summary of Analysis',
    );
    await user.click(within(block).getByRole('button', { name: 'Move Disability' }));
    expect(labels(latest().definition)).not.toContain('Disability');
    expect(labels(latest().definition, 'summary')).toContain('Disability');
    await waitFor(() => expect(screen.getByRole('heading', { name: /Gender reassignment/ })).toHaveFocus());
    await undo(user);
    expect(latest().definition).toEqual(template);
  });
});
