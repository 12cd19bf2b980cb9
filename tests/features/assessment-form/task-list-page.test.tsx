import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { paths } from '@/components/paths.ts';
import { buildAssessment, buildCompleteAnswers } from '../../builders.ts';
import { renderEditor } from './editor-harness.tsx';

function statusOf(name: RegExp) {
  const link = screen.getByRole('link', { name });
  return link.closest('li')!.querySelector('.govuk-task-list__status')!.textContent;
}

describe('the task list page', () => {
  it('shows the title, how many sections are completed and every section with its status', () => {
    const assessment = buildAssessment({
      answers: { ...buildCompleteAnswers(), projectTitle: 'Fees review 2026', age: '' },
      completedSections: ['overview', 'analysis'],
    });
    renderEditor({ assessment });

    expect(screen.getByRole('heading', { level: 1, name: 'Fees review 2026' })).toHaveFocus();
    expect(document.title).toBe('Fees review 2026 – EIA Builder');
    // Analysis was marked completed but has lost an answer since: it counts as In progress.
    expect(screen.getByText('1 of 6 sections completed')).toBeInTheDocument();
    expect(statusOf(/1\. Project \/ Policy overview/)).toBe('Completed');
    expect(statusOf(/2\. Evidence and Engagement/)).toBe('In progress');
    expect(statusOf(/3\. Analysis by equality group/)).toBe('In progress');
    expect(screen.getByRole('link', { name: /6\. Action plan/ })).toHaveAttribute(
      'href',
      paths.section(assessment.id, 'action-plan'),
    );
    // The status is part of the link's description, as in the GOV.UK pattern.
    expect(screen.getByRole('link', { name: /1\. Project/ })).toHaveAccessibleDescription('Completed');
  });

  it('calls an assessment with no title "Untitled assessment" and starts every section Not started', () => {
    renderEditor();
    expect(screen.getByRole('heading', { level: 1, name: 'Untitled assessment' })).toBeInTheDocument();
    expect(screen.getByText('0 of 6 sections completed')).toBeInTheDocument();
    const rows = within(document.querySelector<HTMLElement>('.govuk-task-list')!).getAllByRole('listitem');
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row).toHaveTextContent('Not started');
  });

  it('moves a section from Not started to In progress to Completed as it is filled in and marked', async () => {
    const { user, stored } = renderEditor();
    expect(statusOf(/2\. Evidence/)).toBe('Not started');

    await user.click(screen.getByRole('link', { name: /2\. Evidence/ }));
    await user.type(screen.getByLabelText(/What evidence have you considered/), 'Survey of 400 registrants.');
    await user.click(screen.getByRole('link', { name: 'Back to task list' }));
    expect(statusOf(/2\. Evidence/)).toBe('In progress');
    expect(screen.getByText('0 of 6 sections completed')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /2\. Evidence/ }));
    await user.type(screen.getByLabelText(/Have you engaged stakeholders/), 'Yes, two workshops.');
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));

    expect(await screen.findByText('1 of 6 sections completed')).toBeInTheDocument();
    expect(statusOf(/2\. Evidence/)).toBe('Completed');
    expect(stored.completedSections).toEqual(['evidence']);
  });

  it('shows the new title as soon as it is typed', async () => {
    const { user } = renderEditor();
    await user.click(screen.getByRole('link', { name: /1\. Project/ }));
    await user.type(screen.getByLabelText('Project / policy title'), 'Registration fees');
    await user.click(screen.getByRole('link', { name: 'Return to task list' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Registration fees' })).toBeInTheDocument();
  });

  it('links to Check your answers and to About this form', async () => {
    const { user, path } = renderEditor();
    expect(screen.getByRole('link', { name: 'About this form' })).toHaveAttribute('href', paths.about());
    await user.click(screen.getByRole('link', { name: 'Check your answers' }));
    expect(path()).toBe(paths.check('test-assessment'));
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  });

  it('shows what other features put in its slots', () => {
    renderEditor({
      slots: {
        top: <p>Saved a moment ago</p>,
        tasks: <button type="button">Download PDF</button>,
        section: (id) => <span>{`2 findings in ${id}`}</span>,
      },
    });
    expect(screen.getByText('Saved a moment ago')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /4\. Welsh/ }).closest('li')).toHaveTextContent(
      '2 findings in welsh-language',
    );
  });

  it('puts the workflow (status, Send for review) under the page heading, and banners above it', () => {
    renderEditor({
      slots: {
        top: <p>Saved a moment ago</p>,
        status: <button type="button">Send for review</button>,
      },
    });
    const heading = screen.getByRole('heading', { level: 1 });
    const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(screen.getByText('Saved a moment ago'), heading)).toBe(true);
    expect(follows(heading, screen.getByRole('button', { name: 'Send for review' }))).toBe(true);
    expect(
      follows(
        screen.getByRole('button', { name: 'Send for review' }),
        screen.getByRole('heading', { name: 'Sections' }),
      ),
    ).toBe(true);
  });

  it('shows the workflow at the foot of Check your answers, and not on a section page', async () => {
    const { user } = renderEditor({ slots: { status: <button type="button">Send for review</button> } });
    await user.click(screen.getByRole('link', { name: /1\. Project/ }));
    expect(screen.getByRole('heading', { level: 1, name: /Project/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send for review' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to task list' }));
    await user.click(screen.getByRole('link', { name: 'Check your answers' }));
    const last = screen.getAllByRole('heading', { level: 2 }).at(-1)!;
    // Under a heading of its own, as GOV.UK's "Now send your application" is.
    expect(last).toHaveTextContent('Status and next step');
    expect(
      !!(
        last.compareDocumentPosition(screen.getByRole('button', { name: 'Send for review' })) &
        Node.DOCUMENT_POSITION_FOLLOWING
      ),
    ).toBe(true);
  });
});
