import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { withCommonAdditions } from '@/domain/designer/common-additions.ts';
import { renderDraftPage } from './designer-harness.tsx';

/**
 * The settings of a table question (its columns: add, remove, reorder, rename, their kind, a choice
 * column's options; the most rows) and of an impact question (its "why" and mitigation wording), each
 * done as a user does it, with where focus lands, and undone.
 */
vi.setConfig({ testTimeout: 60_000 });

const additions = withCommonAdditions(structuredClone(hcpcEia201810Definition));
const template: TemplateDefinition = {
  ...additions,
  id: 'council-eia',
  version: '1',
  languages: ['en'],
  sections: additions.sections.map((s) =>
    s.id === 'analysis' ? { ...s, questions: s.questions.slice(0, 2) } : s,
  ),
  footnotes: [],
};
const actionPlan = (d: TemplateDefinition) =>
  d.sections.find((s) => s.id === 'action-plan')!.questions.find((q) => q.id === 'actionPlanSummary') as {
    columns: Array<{ id: string; label: { en: string }; kind: string; options?: unknown[] }>;
    maxRows?: number;
    rowName?: { en: string };
  };
const columnIds = (d: TemplateDefinition) => actionPlan(d).columns.map((c) => c.id);
const age = (d: TemplateDefinition) =>
  d.sections.find((s) => s.id === 'analysis')!.questions.find((q) => q.id === 'age') as Record<
    string,
    unknown
  >;

async function openActionPlan(user: ReturnType<typeof userEvent.setup>) {
  const view = renderDraftPage(template, { sectionId: 'action-plan' });
  await user.click(screen.getByText('Edit Summary of action plan'));
  return view;
}
const undo = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Undo' }));

describe('a table question’s columns in the designer', () => {
  it('adds a column of a chosen kind (focus in its heading) and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = await openActionPlan(user);
    await user.type(screen.getByLabelText('Heading of a new column'), 'Review date');
    await user.selectOptions(screen.getByLabelText('Type of the new column'), 'Date');
    await user.click(screen.getByRole('button', { name: 'Add column' }));
    expect(actionPlan(latest().definition).columns.at(-1)).toEqual({
      id: 'reviewDate',
      label: { en: 'Review date' },
      kind: 'date',
    });
    await waitFor(() => expect(screen.getByLabelText('Heading of column 5')).toHaveFocus());
    expect(screen.getByLabelText('Heading of column 5')).toHaveValue('Review date');
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('refuses a new column with no heading, saying what to do', async () => {
    const user = userEvent.setup();
    const { latest } = await openActionPlan(user);
    await user.click(screen.getByRole('button', { name: 'Add column' }));
    expect(screen.getByText('Enter a heading for the new column')).toBeInTheDocument();
    expect(screen.getByLabelText('Heading of a new column')).toHaveFocus();
    expect(latest().definition).toEqual(template);
  });

  it('moves a column left and right (focus stays on the moved column’s button) and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = await openActionPlan(user);
    await user.click(screen.getByRole('button', { name: 'Move column Owner left' }));
    expect(columnIds(latest().definition)).toEqual(['owner', 'action', 'dueDate', 'status']);
    // At the left end there is no "left": focus goes to its "right".
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move column Owner right' })).toHaveFocus(),
    );
    await user.click(screen.getByRole('button', { name: 'Move column Owner right' }));
    await user.click(screen.getByRole('button', { name: 'Move column Owner right' }));
    expect(columnIds(latest().definition)).toEqual(['action', 'dueDate', 'owner', 'status']);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move column Owner right' })).toHaveFocus(),
    );
    for (let i = 0; i < 3; i += 1) await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('removes a column (focus on the next column’s heading) and undo brings it back', async () => {
    const user = userEvent.setup();
    const { latest } = await openActionPlan(user);
    await user.click(screen.getByRole('button', { name: 'Remove column Owner' }));
    expect(columnIds(latest().definition)).toEqual(['action', 'dueDate', 'status']);
    await waitFor(() => expect(screen.getByLabelText('Heading of column 2')).toHaveFocus());
    expect(screen.getByLabelText('Heading of column 2')).toHaveValue('Due date');
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('renames a column (typing is one undo step), keeping its id', async () => {
    const user = userEvent.setup();
    const { latest } = await openActionPlan(user);
    const heading = screen.getByLabelText('Heading of column 2');
    await user.clear(heading);
    await user.type(heading, 'Lead officer');
    expect(actionPlan(latest().definition).columns[1]).toMatchObject({
      id: 'owner',
      label: { en: 'Lead officer' },
    });
    expect(screen.getByRole('button', { name: 'Remove column Lead officer' })).toBeInTheDocument();
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('turns a column into a choice, pastes its options, and undoes each', async () => {
    const user = userEvent.setup();
    const { latest } = await openActionPlan(user);
    await user.selectOptions(screen.getByLabelText('Type of column 2'), 'One option from a list');
    expect(actionPlan(latest().definition).columns[1]).toMatchObject({ kind: 'choice', options: [] });
    await user.click(screen.getByLabelText('Options of column 2'));
    await user.paste('EDI team\nHR');
    expect(actionPlan(latest().definition).columns[1]).toMatchObject({
      kind: 'choice',
      options: [
        { value: 'edi-team', label: { en: 'EDI team' } },
        { value: 'hr', label: { en: 'HR' } },
      ],
    });
    await undo(user);
    await undo(user);
    expect(latest().definition).toEqual(template);
  });

  it('sets the most rows and what a row is called, and a column that must be filled in', async () => {
    const user = userEvent.setup();
    const { latest } = await openActionPlan(user);
    await user.type(screen.getByLabelText(/Most rows a person can add/), '12');
    await user.click(screen.getByLabelText('Column 2 must be filled in on every row'));
    const rowName = screen.getByLabelText(/What one row is called/);
    await user.clear(rowName);
    await user.type(rowName, 'step');
    expect(actionPlan(latest().definition)).toMatchObject({ maxRows: 12, rowName: { en: 'step' } });
    expect(actionPlan(latest().definition).columns[1]).toMatchObject({ required: true });
    for (let i = 0; i < 3; i += 1) await undo(user);
    expect(latest().definition).toEqual(template);
  });
});

describe('an impact question’s settings in the designer', () => {
  it('words the “why” and mitigation questions, and undoes it', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(template, { sectionId: 'analysis' });
    await user.click(screen.getByText('Edit Age'));
    const block = within(screen.getByRole('heading', { name: /^1\. Age/ }).closest('li')!);
    const why = block.getByLabelText('Question asking why (optional)');
    expect(why).toHaveAccessibleDescription(/“Why do you think this\?”/);
    await user.type(why, 'Why this rating?');
    await user.type(block.getByLabelText('Question asking about mitigation (optional)'), 'What will you do?');
    await user.type(block.getByLabelText('Hint for the mitigation question (optional)'), 'Name an owner');
    expect(age(latest().definition)).toMatchObject({
      whyLabel: { en: 'Why this rating?' },
      mitigationLabel: { en: 'What will you do?' },
      mitigationHint: { en: 'Name an owner' },
    });
    for (let i = 0; i < 3; i += 1) await undo(user);
    expect(latest().definition).toEqual(template);
  });
});
