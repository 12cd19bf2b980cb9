import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { renderDraftPage } from './designer-harness.tsx';

/**
 * Changing the kind of a question in the designer: the kinds with their descriptions, a warning of what
 * happens to answers already given under the old kind, the change as one edit, undone and redone.
 */
vi.setConfig({ testTimeout: 60_000 });

const hcpc = structuredClone(hcpcEia201810Definition);
const template: TemplateDefinition = {
  ...hcpc,
  id: 'council-eia',
  version: '1',
  languages: ['en'],
  sections: hcpc.sections.map((s) =>
    s.id === 'action-plan'
      ? {
          ...s,
          questions: [
            ...s.questions,
            {
              id: 'consulted',
              kind: 'yes-no',
              label: { en: 'Did you consult staff?' },
              required: false,
              followUp: { label: { en: 'Give details' }, required: false },
            },
          ],
        }
      : s,
  ),
  footnotes: [],
};
const question = (d: TemplateDefinition, id: string) =>
  d.sections.find((s) => s.id === 'action-plan')!.questions.find((q) => q.id === id)!;
const block = (name: RegExp) => within(screen.getByRole('heading', { name }).closest('li')!);

async function openKinds(user: ReturnType<typeof userEvent.setup>, label: string, heading: RegExp) {
  const view = renderDraftPage(template, { sectionId: 'action-plan' });
  await user.click(screen.getByText(`Edit ${label}`));
  await user.click(screen.getByText(`Change the kind of ${label}`));
  return { ...view, here: block(heading) };
}

describe('changing the kind of a question', () => {
  it('turns a long text into a table (its columns to set), warns about answers, and undoes and redoes it', async () => {
    const user = userEvent.setup();
    const { latest, here } = await openKinds(user, 'Summary of action plan', /Summary of action plan/);
    const kinds = here.getByRole('group', { name: 'What kind of question should it be?' });
    // Every kind, each with its plain description; the kind it has now says so.
    expect(within(kinds).getAllByRole('radio')).toHaveLength(8);
    expect(within(kinds).getByRole('radio', { name: 'Long text (what it is now)' })).toBeChecked();
    expect(within(kinds).getByRole('radio', { name: 'Table of rows' })).toHaveAccessibleDescription(
      /A table the person fills in row by row/,
    );
    // Choosing a radio changes nothing yet; the warning says what happens to answers already given.
    await user.click(within(kinds).getByRole('radio', { name: 'Table of rows' }));
    expect(latest().definition).toEqual(template);
    expect(here.getByText(/is converted to “Table of rows” only when it fits as it is/)).toBeInTheDocument();
    expect(
      here.getByText(/kept with the assessment under “Answers to questions no longer asked”/),
    ).toBeInTheDocument();

    await user.click(here.getByRole('button', { name: 'Change Summary of action plan to Table of rows' }));
    expect(question(latest().definition, 'actionPlanSummary')).toMatchObject({
      id: 'actionPlanSummary',
      kind: 'table',
      label: { en: 'Summary of action plan' },
      columns: [{ id: 'item', label: { en: 'Item' }, kind: 'text' }],
    });
    // The table's own settings are there to edit; focus stays on the button; the change is confirmed.
    expect(here.getByText('Columns of the table')).toBeInTheDocument();
    expect(here.getByRole('button', { name: 'Change the kind of Summary of action plan' })).toHaveFocus();
    expect(here.getByRole('status')).toHaveTextContent(
      'Summary of action plan is now Table of rows. Undo changes it back.',
    );
    expect(here.getByRole('radio', { name: 'Table of rows (what it is now)' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(latest().definition).toEqual(template);
    expect(here.getByRole('radio', { name: 'Long text (what it is now)' })).toBeChecked();
    expect(here.queryByText('Columns of the table')).not.toBeInTheDocument();
    expect(here.getByRole('status')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(question(latest().definition, 'actionPlanSummary').kind).toBe('table');
  });

  it('turns yes / no into one option: every answer kept aside, the follow-up removed (Undo brings it back)', async () => {
    const user = userEvent.setup();
    const { latest, here } = await openKinds(user, 'Did you consult staff?', /Did you consult staff\?/);
    await user.click(here.getByRole('radio', { name: 'One option' }));
    const warning = here.getByText(/“One option” cannot hold an answer given as “Yes or no”/);
    expect(warning).toHaveTextContent(
      /each answer already given to this question is kept with the assessment/,
    );
    expect(warning).toHaveTextContent(
      /Settings that only “Yes or no” has .* are removed; Undo brings them back/,
    );
    await user.click(here.getByRole('button', { name: 'Change Did you consult staff? to One option' }));
    expect(question(latest().definition, 'consulted')).toEqual({
      id: 'consulted',
      kind: 'choice',
      label: { en: 'Did you consult staff?' },
      required: false,
      options: [],
    });
    // A choice lists its options: the editor for them is there.
    await waitFor(() => expect(here.getByLabelText('Options')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(question(latest().definition, 'consulted')).toEqual(question(template, 'consulted'));
  });

  it('says what to do when the kind chosen is the one it has', async () => {
    const user = userEvent.setup();
    const { latest, here } = await openKinds(user, 'Summary of action plan', /Summary of action plan/);
    await user.click(here.getByRole('button', { name: 'Change the kind of Summary of action plan' }));
    expect(here.getByText('Choose a kind other than Long text, the kind it is now')).toBeInTheDocument();
    expect(here.getByRole('radio', { name: 'Long text (what it is now)' })).toHaveFocus();
    expect(latest().definition).toEqual(template);
  });
});
