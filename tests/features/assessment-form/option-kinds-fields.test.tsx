import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@/components/paths.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { optionKindsTemplate } from '../../option-kinds-template.ts';
import { renderEditor } from './editor-harness.tsx';

const ID = 'options-test';
const template = localiseTemplate(optionKindsTemplate);
const assessment = (answers = {}) => createAssessment({ id: ID, template, answers });
const REACH = paths.section(ID, 'reach');
const FOLLOW_UP = 'If yes, which networks and what did they say?';

beforeAll(() => registerTemplate(optionKindsTemplate));
afterAll(() => forgetLearntTemplates());

describe('yes / no, choice and choices fields', () => {
  it('shows each question as a fieldset whose legend names it, with its hint', () => {
    renderEditor({ path: REACH, assessment: assessment() });
    const consulted = screen.getByRole('group', { name: 'Have you consulted staff networks?' });
    expect(consulted).toHaveAccessibleDescription('For example the disability network.');
    expect(
      within(consulted)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['yes', 'no']);
    const scope = screen.getByRole('group', { name: 'The scope of the change' });
    expect(within(scope).getByRole('radio', { name: 'Staff only' })).toHaveAccessibleDescription(
      'People we employ.',
    );
    const channels = screen.getByRole('group', { name: 'The channels it uses' });
    expect(within(channels).getAllByRole('checkbox')).toHaveLength(3);
    expect(channels).toHaveAccessibleDescription('Select all that apply.');
  });

  it('reveals the follow-up under "Yes", keeps its text when hidden, and stores every choice', async () => {
    const { user, stored } = renderEditor({ path: REACH, assessment: assessment() });
    const yes = screen.getByRole('radio', { name: 'Yes' });
    expect(screen.queryByRole('textbox', { name: FOLLOW_UP })).toBeNull();
    // aria-controls names the revealed follow-up; no aria-expanded, which ARIA does not allow on a radio
    // (axe: aria-allowed-attr). A screen reader meets the follow-up straight after the radio anyway.
    expect(yes).not.toHaveAttribute('aria-expanded');

    await user.click(yes);
    expect(yes).not.toHaveAttribute('aria-expanded');
    expect(document.getElementById(yes.getAttribute('aria-controls')!)).toContainElement(
      screen.getByRole('textbox', { name: FOLLOW_UP }),
    );
    await user.type(screen.getByRole('textbox', { name: FOLLOW_UP }), 'The disability network.');
    expect(stored.answers.consulted).toEqual({ choice: 'yes', followUp: 'The disability network.' });

    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(screen.queryByRole('textbox', { name: FOLLOW_UP })).toBeNull();
    expect(stored.answers.consulted).toEqual({ choice: 'no', followUp: 'The disability network.' });
    await user.click(yes);
    expect(screen.getByRole('textbox', { name: FOLLOW_UP })).toHaveValue('The disability network.');

    await user.click(screen.getByRole('radio', { name: 'The public' }));
    await user.click(screen.getByRole('checkbox', { name: 'Letters' }));
    await user.click(screen.getByRole('checkbox', { name: 'Website' }));
    expect(stored.answers.scope).toBe('public');
    expect(stored.answers.channels).toEqual(['web', 'letter']);
    await user.click(screen.getByRole('checkbox', { name: 'Letters' }));
    expect(stored.answers.channels).toEqual(['web']);
  });

  it('works with the keyboard alone: arrows move between radios, Space ticks a checkbox', async () => {
    const { user, stored } = renderEditor({ path: REACH, assessment: assessment() });
    screen.getByRole('radio', { name: 'Staff only' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(stored.answers.scope).toBe('public');
    screen.getByRole('checkbox', { name: 'Telephone' }).focus();
    await user.keyboard(' ');
    expect(stored.answers.channels).toEqual(['phone']);
  });

  it('keeps a stored value the template does not list when other boxes are ticked', async () => {
    const { user, stored } = renderEditor({
      path: REACH,
      assessment: assessment({ channels: ['fax'], scope: 'region' }),
    });
    expect(screen.queryAllByRole('radio', { checked: true })).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'Website' }));
    expect(stored.answers.channels).toEqual(['web', 'fax']);
  });

  it('after a failed "Mark as completed", shows GOV.UK errors that link to the first option', async () => {
    const { user } = renderEditor({ path: REACH, assessment: assessment() });
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    const link = within(summary).getByRole('link', { name: 'Select the scope of the change' });
    expect(link).toHaveAttribute('href', expect.stringContaining('scope'));
    expect(within(summary).getByText('Select the channels it uses')).toBeInTheDocument();
    const consulted = screen.getByRole('group', { name: 'Have you consulted staff networks?' });
    expect(consulted).toHaveAccessibleDescription(
      expect.stringContaining('Error: Select yes or no: Have you consulted staff networks?'),
    );
    expect(consulted.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Staff only' })).toHaveFocus();
  });

  it('asks for the follow-up when "Yes" is chosen and it is empty, and links to it', async () => {
    const { user } = renderEditor({
      path: REACH,
      assessment: assessment({
        consulted: { choice: 'yes', followUp: '' },
        scope: 'staff',
        channels: ['web'],
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    const summary = screen.getByRole('alert');
    await user.click(within(summary).getByRole('link', { name: `Answer “${FOLLOW_UP}”` }));
    expect(screen.getByRole('textbox', { name: FOLLOW_UP })).toHaveFocus();
  });

  it('shows the choices but lets nothing change when read-only', () => {
    renderEditor({
      path: REACH,
      readOnly: true,
      assessment: assessment({
        scope: 'both',
        channels: ['phone'],
        consulted: { choice: 'yes', followUp: 'Kept.' },
      }),
    });
    expect(screen.getByRole('radio', { name: 'Staff and the public' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Staff and the public' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Telephone' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: FOLLOW_UP })).toHaveAttribute('readonly');
  });

  it('shows the labels and the follow-up on Check your answers', () => {
    renderEditor({
      path: paths.check(ID),
      assessment: assessment({
        scope: 'both',
        channels: ['letter', 'web'],
        consulted: { choice: 'yes', followUp: 'The disability network.' },
      }),
    });
    expect(screen.getByText('Staff and the public')).toBeInTheDocument();
    expect(screen.getByText('Website')).toBeInTheDocument();
    expect(screen.getByText('Letters')).toBeInTheDocument();
    expect(screen.getByText(FOLLOW_UP)).toBeInTheDocument();
    expect(screen.getByText('The disability network.')).toBeInTheDocument();
  });
});
