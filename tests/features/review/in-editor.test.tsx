import { beforeEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Assessment } from '@schemas/assessment.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import { AssessmentEditor, type EditorView } from '@/features/assessment-form/assessment-editor.tsx';
import { isLocked } from '@/domain/workflow.ts';
import { reviewSlots } from '@/features/review/review-slots.tsx';
import { useLiveFindings } from '@/features/review/use-live-findings.ts';
import { buildExampleAssessment } from '../../builders.ts';

/** The editor wired to the review slots the way the app's route container is meant to. */
function Wired({
  initial,
  view,
  onChange,
}: {
  initial: Assessment;
  view: EditorView;
  onChange: (a: Assessment) => void;
}) {
  const [assessment, setAssessment] = useState(initial);
  const live = useLiveFindings(assessment, currentTemplate);
  const update = (next: Assessment) => {
    setAssessment(next);
    onChange(next);
  };
  return (
    <AssessmentEditor
      assessment={assessment}
      loadKey={`${assessment.id}:${assessment.revision}`}
      view={view}
      readOnly={isLocked(assessment)}
      onAnswersChange={(answers) => live.setAnswers(answers)}
      onCompletedSectionsChange={() => {}}
      slots={reviewSlots({
        assessment,
        template: currentTemplate,
        live,
        onUpdate: update,
        readOnly: isLocked(assessment),
      })}
    />
  );
}

function renderWired(view: EditorView, initial = buildExampleAssessment()) {
  let latest = initial;
  const location = memoryLocation({ path: '/', record: true });
  render(
    <Router hook={location.hook}>
      <Wired initial={initial} view={view} onChange={(a) => (latest = a)} />
    </Router>,
  );
  return () => latest;
}

describe('the review feature inside the assessment editor', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows each section’s counts on the task list', () => {
    renderWired({ page: 'tasks' });
    const row = screen.getByRole('link', { name: /Analysis by equality group/ }).closest('li')!;
    expect(row).toHaveTextContent('11 to look at');
    expect(screen.getByRole('button', { name: 'Send for review' })).toBeInTheDocument();
  });

  it('shows findings beside a field and takes a comment there, inside the section form', async () => {
    const user = userEvent.setup();
    const latest = renderWired({ page: 'section', sectionId: 'analysis' });
    // Each question's block holds its field and, after it, the review slot (findings, comments).
    const review = screen.getByRole('textbox', { name: 'Age' }).closest<HTMLElement>('[data-question-id]')!;
    expect(within(review).getByText('Same or nearly the same answer as 9 other groups')).toBeInTheDocument();

    await user.click(within(review).getByText('Add a comment'));
    await user.type(within(review).getByLabelText('Your name'), 'Sam Reviewer');
    await user.click(within(review).getByLabelText('The reviewer'));
    await user.type(
      within(review).getByLabelText('Comment on Age'),
      'Say why older registrants are unaffected.',
    );
    await user.click(within(review).getByRole('button', { name: 'Add comment' }));
    expect(latest().comments).toMatchObject([
      { questionId: 'age', role: 'reviewer', author: 'Sam Reviewer' },
    ]);
    expect(within(review).getByText('Say why older registrants are unaffected.')).toBeInTheDocument();
  });

  it('updates a field’s findings as the assessor types, without waiting for a save', async () => {
    const user = userEvent.setup();
    renderWired({ page: 'section', sectionId: 'analysis' });
    const otherGroups = screen.getByRole('textbox', { name: 'Other identified groups' });
    const review = otherGroups.closest<HTMLElement>('[data-question-id]')!;
    expect(within(review).getByText('“n/a” does not answer the question')).toBeInTheDocument();
    await user.clear(otherGroups);
    await user.type(
      otherGroups,
      'Carers may post about the people they care for, so the guidance now has an example for them.',
    );
    await waitFor(() =>
      expect(within(review).queryByText(/does not answer the question/)).not.toBeInTheDocument(),
    );
  });

  it('lists what to look at on Check your answers', () => {
    renderWired({ page: 'check' });
    const block = screen.getByRole('region', { name: 'What a reviewer will look at' });
    expect(
      within(block).getByRole('link', {
        name: 'What evidence have you considered towards this impact assessment?',
      }),
    ).toHaveAttribute('href', '/assessments/example-social-media-2019/sections/evidence/evidenceConsidered');
    expect(block).toHaveTextContent('Does not name a source of evidence');
  });
});
