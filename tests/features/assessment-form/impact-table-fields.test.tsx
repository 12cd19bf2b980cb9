import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@/components/paths.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { impactTableTemplate } from '../../impact-table-template.ts';
import { renderEditor } from './editor-harness.tsx';

const ID = 'impact-test';
const template = localiseTemplate(impactTableTemplate);
const assessment = (answers = {}) => createAssessment({ id: ID, template, answers });
const SECTION = paths.section(ID, 'impact');
const WHY = 'Why do you think this? (Older people)';
const MITIGATION = 'What will you do about the negative impact? (Older people)';
const action = (id: string, text: string) => ({
  id,
  cells: { action: text, owner: '', due: { day: '1', month: '2', year: '2026' }, status: 'open' },
});

beforeAll(() => registerTemplate(impactTableTemplate));
afterAll(() => forgetLearntTemplates());

describe('the impact field', () => {
  it('is a fieldset of four rating checkboxes named by the group, with why below', () => {
    renderEditor({ path: SECTION, assessment: assessment() });
    const group = screen.getByRole('group', { name: 'Older people' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['positive', 'negative', 'neutral', 'not-known']);
    expect(group).toHaveAccessibleDescription(expect.stringContaining('People aged 65 and over'));
    expect(screen.getByRole('textbox', { name: WHY })).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Why? Describe the impact (Young people)' }),
    ).toBeInTheDocument();
  });

  it('reveals the mitigation under "Negative" (GOV.UK conditional reveal) and keeps its text when unticked', async () => {
    const { user, stored } = renderEditor({ path: SECTION, assessment: assessment() });
    const group = screen.getByRole('group', { name: 'Older people' });
    const negative = within(group).getByRole('checkbox', { name: 'Negative' });
    expect(negative).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: MITIGATION })).toBeNull();
    await user.click(negative);
    expect(negative).toHaveAttribute('aria-expanded', 'true');
    await user.type(screen.getByRole('textbox', { name: MITIGATION }), 'Keep route 7.');
    await user.click(within(group).getByRole('checkbox', { name: 'Not known' }));
    await user.type(screen.getByRole('textbox', { name: WHY }), 'Fewer buses.');
    expect(stored.answers.olderPeople).toEqual({
      ratings: ['negative', 'not-known'],
      why: 'Fewer buses.',
      mitigation: 'Keep route 7.',
    });
    await user.click(negative);
    expect(screen.queryByRole('textbox', { name: MITIGATION })).toBeNull();
    expect(stored.answers.olderPeople).toMatchObject({ ratings: ['not-known'], mitigation: 'Keep route 7.' });
  });

  it('links each error from the summary to the part that needs it', async () => {
    const { user } = renderEditor({
      path: SECTION,
      assessment: assessment({
        olderPeople: { ratings: ['negative'], why: 'Fewer buses.', mitigation: '' },
        youngPeople: { ratings: ['neutral'], why: '', mitigation: '' },
        actions: [action('r1', 'Survey')],
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    const summary = await screen.findByRole('alert');
    await user.click(
      within(summary).getByRole('link', {
        name: 'Enter what you will do about the negative impact on older people',
      }),
    );
    expect(screen.getByRole('textbox', { name: MITIGATION })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: MITIGATION })).toHaveAccessibleDescription(
      'Error: Enter what you will do about the negative impact on older people',
    );
    await user.click(
      within(summary).getByRole('link', { name: 'Enter why you chose this impact on young people' }),
    );
    expect(screen.getByRole('textbox', { name: 'Why? Describe the impact (Young people)' })).toHaveFocus();
  });

  it('shows the ratings as words, why and the mitigation on Check your answers', () => {
    renderEditor({
      path: paths.check(ID),
      assessment: assessment({
        olderPeople: { ratings: ['not-known', 'negative'], why: 'Fewer buses.', mitigation: 'Keep route 7.' },
      }),
    });
    expect(screen.getByText('Impact: Negative, Not known')).toBeInTheDocument();
    expect(screen.getByText('Fewer buses.')).toBeInTheDocument();
    expect(screen.getByText('Keep route 7.')).toBeInTheDocument();
  });
});

describe('the table field (GOV.UK add another)', () => {
  it('adds a row with a stable id and moves focus to its first field', async () => {
    const { user, stored } = renderEditor({ path: SECTION, assessment: assessment() });
    const table = screen.getByRole('group', { name: 'Action plan' });
    expect(within(table).getByText('Nothing added yet.')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Add action' }));
    const first = screen.getByRole('group', { name: 'Action 1' });
    await waitFor(() => expect(within(first).getByRole('textbox', { name: 'Action' })).toHaveFocus());
    await user.keyboard('Survey riders');
    await user.type(within(first).getByRole('textbox', { name: 'Day' }), '31');
    await user.type(within(first).getByRole('textbox', { name: 'Month' }), '3');
    await user.type(within(first).getByRole('textbox', { name: 'Year' }), '2026');
    await user.selectOptions(within(first).getByRole('combobox', { name: 'Status' }), 'Open');
    const rows = stored.answers.actions as Array<{ id: string; cells: Record<string, unknown> }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toMatch(/^r[0-9a-f]{16}$/);
    expect(rows[0]!.cells).toEqual({
      action: 'Survey riders',
      owner: '',
      due: { day: '31', month: '3', year: '2026' },
      status: 'open',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Action 1 added');
  });

  it('reports each keystroke in a cell by re-reading that table only: every other answer stays the same object', async () => {
    const { user, stored } = renderEditor({
      path: SECTION,
      assessment: assessment({ actions: [action('r1', 'Survey riders'), action('r2', 'Keep route 7')] }),
    });
    const second = screen.getByRole('group', { name: 'Action 2' });
    const cell = within(second).getByRole('textbox', { name: 'Action' });
    await user.type(cell, '.');
    const before = stored.answers;
    await user.type(cell, ' Now');
    expect(stored.answerReports).toBe(5);
    const rows = stored.answers.actions as Array<{ id: string; cells: Record<string, unknown> }>;
    expect(rows.map((r) => [r.id, r.cells.action])).toEqual([
      ['r1', 'Survey riders'],
      ['r2', 'Keep route 7. Now'],
    ]);
    // Only the table typed in was read again (a new object); the rest of the assessment was not.
    expect(stored.answers.actions).not.toBe(before.actions);
    const others = Object.keys(before).filter((key) => key !== 'actions');
    expect(others.length).toBeGreaterThan(0);
    for (const key of others) expect(stored.answers[key]).toBe(before[key]);
  });

  it('moves rows up and down keeping their ids, with buttons named for the row, and focus follows', async () => {
    const { user, stored } = renderEditor({
      path: SECTION,
      assessment: assessment({
        actions: [action('a', 'First'), action('b', 'Second'), action('c', 'Third')],
      }),
    });
    expect(screen.queryByRole('button', { name: 'Move action 1 up' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Move action 3 up' }));
    const ids = () => (stored.answers.actions as Array<{ id: string }>).map((r) => r.id);
    expect(ids()).toEqual(['a', 'c', 'b']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move action 2 up' })).toHaveFocus());
    expect(
      within(screen.getByRole('group', { name: 'Action 2' })).getByRole('textbox', { name: 'Action' }),
    ).toHaveValue('Third');
    await user.keyboard('{Enter}');
    expect(ids()).toEqual(['c', 'a', 'b']);
    // Now first: no "Move up", so focus goes to its "Move down".
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move action 1 down' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Move action 1 down' }));
    expect(ids()).toEqual(['a', 'c', 'b']);
    expect(screen.getByRole('status')).toHaveTextContent('Action 1 moved down: it is now action 2');
  });

  it('removes a row: focus goes to the row that took its place, or to the add button when none is left', async () => {
    const { user, stored } = renderEditor({
      path: SECTION,
      assessment: assessment({ actions: [action('a', 'First'), action('b', 'Second')] }),
    });
    await user.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect((stored.answers.actions as Array<{ id: string }>).map((r) => r.id)).toEqual(['b']);
    await waitFor(() => expect(screen.getByText('Action 1', { selector: 'legend' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Action' })).toHaveValue('Second');
    await user.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect(stored.answers.actions).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add action' })).toHaveFocus());
  });

  it('stops at the template maximum with a message saying what to do', async () => {
    const { user } = renderEditor({
      path: SECTION,
      assessment: assessment({ actions: [action('a', 'One'), action('b', 'Two')] }),
    });
    await user.click(screen.getByRole('button', { name: 'Add another action' }));
    expect(screen.queryByRole('button', { name: 'Add another action' })).toBeNull();
    expect(
      screen.getByText('You have added the most this table can hold (3). Remove one to add another.'),
    ).toBeInTheDocument();
  });

  it('links a cell error from the summary to that cell, and an empty table to the add button', async () => {
    const { user } = renderEditor({
      path: SECTION,
      assessment: assessment({
        olderPeople: { ratings: ['neutral'], why: 'Same service.', mitigation: '' },
        actions: [
          action('a', 'One'),
          { id: 'b', cells: { action: '', owner: 'Ops', due: { day: '1', month: '1', year: '2026' } } },
        ],
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    const summary = await screen.findByRole('alert');
    await user.click(within(summary).getByRole('link', { name: 'Enter action 2' }));
    const second = screen.getByRole('group', { name: 'Action 2' });
    const cell = within(second).getByRole('textbox', { name: 'Action' });
    expect(cell).toHaveFocus();
    expect(cell).toHaveAccessibleDescription('Error: Enter action 2');
  });

  it('asks for a first row with a link to the add button', async () => {
    const { user } = renderEditor({
      path: SECTION,
      assessment: assessment({ olderPeople: { ratings: ['neutral'], why: 'Same service.', mitigation: '' } }),
    });
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    const summary = await screen.findByRole('alert');
    await user.click(
      within(summary).getByRole('link', { name: 'Add at least one action to the action plan' }),
    );
    expect(screen.getByRole('button', { name: 'Add action' })).toHaveFocus();
  });

  it('shows the rows as a table on Check your answers (blank rows left out)', () => {
    renderEditor({
      path: paths.check(ID),
      assessment: assessment({
        actions: [action('a', 'Survey riders'), { id: 'b', cells: { action: ' ' } }],
      }),
    });
    const table = screen.getByRole('table', { name: 'Action plan' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Action', 'Owner', 'Due date', 'Status']);
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('Survey riders')).toBeInTheDocument();
    expect(within(table).getByText('Open')).toBeInTheDocument();
    // A due date reads as a date, as in the PDF and the CSV, not as the parts typed ("1 2 2026").
    expect(within(table).getByText('1 February 2026')).toBeInTheDocument();
  });
});
