import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { paths } from '@/components/paths.ts';
import { buildAssessment, buildCompleteAnswers } from '../../builders.ts';
import { renderEditor } from './editor-harness.tsx';

const ID = 'test-assessment';
const section = (id: string) => paths.section(ID, id);

describe('a section page', () => {
  it('shows the section heading, its guidance and each question with its hint and guidance', () => {
    renderEditor({
      path: section('analysis'),
      assessment: buildAssessment({ answers: { projectTitle: 'Fees 2026' } }),
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Section 3: Analysis by equality group' }),
    ).toHaveFocus();
    expect(screen.getByText('Fees 2026')).toHaveClass('govuk-caption-l');
    expect(document.title).toBe('Section 3: Analysis by equality group – EIA Builder');
    expect(
      screen.getByText(/The Equality and Human Rights Commission offers information/),
    ).toBeInTheDocument();

    const age = screen.getByRole('textbox', { name: 'Age' });
    expect(age).toHaveAccessibleDescription(
      expect.stringContaining('Includes children, young people and older people'),
    );
    // The guidance sits in a collapsed "Guidance" block next to the question, never in the answer.
    const guidance = age.closest('.govuk-form-group')!.querySelector('details')!;
    expect(guidance).not.toHaveAttribute('open');
    expect(within(guidance).getByText('Guidance')).toBeInTheDocument();
    expect(guidance).toHaveTextContent('this should still be documented, with the reasons');
    expect(age).toHaveValue('');
  });

  it('puts a heading and its guidance before the question that has one', () => {
    renderEditor({ path: section('action-plan') });
    const heading = screen.getByRole('heading', { level: 2, name: 'Public sector equality duty' });
    const question = screen.getByLabelText(/eliminate discrimination, harassment and victimisation\?/);
    expect(heading.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      screen.getByText(/explain how the action plan you have formed meets our public sector/),
    ).toBeInTheDocument();
  });

  it('keeps what is typed and reports every change with the new answers', async () => {
    const { user, stored } = renderEditor({ path: section('overview') });
    await user.type(screen.getByLabelText('Project / policy title'), 'Fees');
    await user.type(
      screen.getByLabelText('What are the intended outcomes of this work?'),
      'Fairer fees.{Enter}{Enter}For all.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '9');

    expect(screen.getByLabelText('Project / policy title')).toHaveValue('Fees');
    expect(stored.answers.projectTitle).toBe('Fees');
    expect(stored.answers.intendedOutcomes).toBe('Fairer fees.\n\nFor all.');
    expect(stored.answers.dateAgreed).toEqual({ day: '', month: '9', year: '' });
    // One report per keystroke: 4 + 22 + 1.
    expect(stored.answerReports).toBe(27);
  });

  it('never blocks drafting: a half-typed date or an over-long title stays as typed', async () => {
    const { user, stored } = renderEditor({ path: section('overview') });
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '31');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), '2');
    await user.click(screen.getByLabelText('Project / policy title'));
    await user.paste('x'.repeat(260));
    expect(stored.answers.dateAgreed).toEqual({ day: '31', month: '2', year: '' });
    expect(stored.answers.projectTitle).toHaveLength(260);
    const status = screen
      .getByLabelText('Project / policy title')
      .parentElement!.querySelector('.govuk-character-count__status');
    expect(status).toHaveTextContent('You have 10 characters too many');
    expect(status).toHaveClass('govuk-error-message');
  });

  it('shows a GOV.UK character count for a field with a limit', async () => {
    const { user } = renderEditor({ path: section('overview') });
    const title = screen.getByLabelText('Project / policy title');
    expect(title).toHaveAccessibleDescription('You can enter up to 250 characters');
    const visible = title.parentElement!.querySelector('.govuk-character-count__status')!;
    expect(visible).toHaveTextContent('You have 250 characters remaining');
    expect(visible).toHaveAttribute('aria-hidden', 'true');
    await user.type(title, 'Fees');
    expect(visible).toHaveTextContent('You have 246 characters remaining');
    // Long answers show their limit until they come near it.
    const outcomes = screen.getByLabelText('What are the intended outcomes of this work?');
    expect(outcomes.parentElement!.querySelector('.govuk-character-count__status')).toHaveTextContent(
      'You can enter up to 50,000 characters',
    );
  });

  it('focuses the question a link points to', () => {
    renderEditor({ path: paths.field(ID, 'analysis', 'race') });
    expect(screen.getByRole('textbox', { name: 'Race' })).toHaveFocus();
  });

  it('says so when the section does not exist', () => {
    renderEditor({ path: section('appendix-z') });
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to task list' })).toHaveAttribute(
      'href',
      paths.assessment(ID),
    );
  });
});

describe('marking a section as completed', () => {
  it('lists every gap in an error summary that takes focus, and shows each error at its field', async () => {
    const { user, stored } = renderEditor({
      path: section('overview'),
      assessment: buildAssessment({ answers: { assessorName: 'Sam Jones' } }),
    });
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));

    const summary = await screen.findByRole('alert');
    expect(summary.parentElement).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Enter the project or policy title',
      'Enter the intended outcomes of this work',
      'Enter who will be affected',
    ]);
    expect(document.title).toBe('Error: Section 1: Project / Policy overview – EIA Builder');

    const title = screen.getByLabelText('Project / policy title');
    expect(title).toHaveClass('govuk-input--error');
    expect(title.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    expect(title).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter the project or policy title'),
    );
    expect(screen.getByLabelText('Name of impact assessor')).not.toHaveClass('govuk-input--error');
    expect(stored.completedSections).toEqual([]);

    // The link moves focus to the field without changing the route.
    await user.click(within(summary).getByRole('link', { name: 'Enter who will be affected' }));
    expect(screen.getByLabelText('Who will be affected?')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Section 1');
    expect(within(summary).getByRole('link', { name: 'Enter who will be affected' })).toHaveAttribute(
      'href',
      paths.field(ID, 'overview', 'whoAffected'),
    );
  });

  it('clears the errors once the gaps are filled and goes back to the task list with the section completed', async () => {
    const { user, stored, path } = renderEditor({ path: section('overview') });
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Project / policy title'), 'Fees');
    await user.type(screen.getByLabelText('Name of impact assessor'), 'Sam Jones');
    await user.type(screen.getByLabelText('What are the intended outcomes of this work?'), 'Fair fees.');
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    // Still one gap: the summary is rebuilt with just that one.
    expect(within(await screen.findByRole('alert')).getAllByRole('link')).toHaveLength(1);
    expect(screen.getByLabelText('Project / policy title')).not.toHaveClass('govuk-input--error');

    await user.type(screen.getByLabelText('Who will be affected?'), 'Registrants.');
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));

    expect(await screen.findByText('1 of 6 sections completed')).toBeInTheDocument();
    expect(path()).toBe(paths.assessment(ID));
    expect(stored.completedSections).toEqual(['overview']);
    expect(document.title).not.toMatch(/^Error/);
  });

  it('clears each error, and its line in the summary, as its field is fixed, keeping focus in the field', async () => {
    const { user } = renderEditor({ path: section('overview') });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.querySelectorAll('.govuk-error-message')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    expect(within(await screen.findByRole('alert')).getAllByRole('link')).toHaveLength(4);

    const title = screen.getByLabelText('Project / policy title');
    await user.type(title, 'F');
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(3);
    expect(title).not.toHaveClass('govuk-input--error');
    expect(title).toHaveFocus();
    // No new error appears for a field emptied after the attempt until the next attempt.
    await user.clear(title);
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(3);
  });

  it('says why nothing is typed into a read-only field, beside it and politely', async () => {
    const { user } = renderEditor({ path: section('overview'), readOnly: true });
    const title = screen.getByLabelText('Project / policy title');
    expect(title).toHaveAttribute('readonly');
    await user.click(title);
    await user.keyboard('ab ');
    expect(title).toHaveValue('');
    expect(document.querySelector('.app-read-only-note')).toHaveTextContent('Nothing was typed.');
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(/^Nothing was typed:/);
  });

  it('gives specific date errors and marks only the wrong parts', async () => {
    const answers = { ...buildCompleteAnswers(), dateAgreed: { day: '11', month: '', year: '2019' } };
    const { user } = renderEditor({ path: section('overview'), assessment: buildAssessment({ answers }) });
    const day = screen.getByRole('textbox', { name: 'Day' });
    const month = screen.getByRole('textbox', { name: 'Month' });
    const year = screen.getByRole('textbox', { name: 'Year' });

    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Date EIA agreed must include a month');
    expect(month).toHaveClass('govuk-input--error');
    expect(day).not.toHaveClass('govuk-input--error');
    expect(year).not.toHaveClass('govuk-input--error');
    expect(screen.getByRole('group', { name: 'Date EIA agreed' })).toHaveAccessibleDescription(
      expect.stringContaining('Error: Date EIA agreed must include a month'),
    );
    await user.click(within(summary).getByRole('link'));
    expect(month).toHaveFocus();

    await user.type(month, '2');
    await user.clear(day);
    await user.type(day, '30');
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Date EIA agreed must be a real date');

    await user.clear(year);
    await user.type(year, '19');
    await user.clear(day);
    await user.type(day, '3');
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Year must include 4 numbers');
    expect(year).toHaveClass('govuk-input--error');
    expect(day).not.toHaveClass('govuk-input--error');
  });

  it('says when a section is completed and lets it be marked as not completed', async () => {
    const assessment = buildAssessment({
      answers: buildCompleteAnswers(),
      completedSections: ['summary', 'overview'],
    });
    const { user, stored } = renderEditor({ path: section('summary'), assessment });
    expect(screen.getByText('You have marked this section as completed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark this section as completed' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mark as not completed' }));
    expect(stored.completedSections).toEqual(['overview']);
    expect(screen.getByRole('button', { name: 'Mark this section as completed' })).toHaveFocus();
  });

  it('offers to mark it again when a completed section has lost a required answer', async () => {
    const assessment = buildAssessment({ answers: buildCompleteAnswers(), completedSections: ['summary'] });
    const { user } = renderEditor({ path: section('summary'), assessment });
    await user.clear(screen.getByLabelText('What is the overall impact of this work?'));
    expect(
      screen.getByText(/You marked this section as completed, but an answer it needs/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark this section as completed' })).toBeInTheDocument();
  });
});
