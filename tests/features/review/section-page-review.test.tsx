import { beforeEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Assessment } from '@schemas/assessment.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import { AssessmentEditor, type EditorView } from '@/features/assessment-form/assessment-editor.tsx';
import { addComment } from '@/domain/comments.ts';
import { agree, isLocked, sendForReview } from '@/domain/workflow.ts';
import { reviewSlots } from '@/features/review/review-slots.tsx';
import { useLiveFindings } from '@/features/review/use-live-findings.ts';
import { buildExampleAssessment } from '../../builders.ts';

/** The editor wired to the review slots as the app's route does. */
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
        onUpdate: (next) => {
          setAssessment(next);
          onChange(next);
        },
        readOnly: isLocked(assessment),
      })}
    />
  );
}

function renderWired(view: EditorView, initial: Assessment) {
  let latest = initial;
  const location = memoryLocation({ path: '/', record: true });
  render(
    <Router hook={location.hook}>
      <Wired initial={initial} view={view} onChange={(a) => (latest = a)} />
    </Router>,
  );
  return () => latest;
}

const ok = <T,>(r: { ok: true; assessment: T } | { ok: false; reason: string }): T => {
  if (!r.ok) throw new Error(r.reason);
  return r.assessment;
};

function withSectionComment(a: Assessment): Assessment {
  return ok(
    addComment(a, {
      id: 'sc1',
      sectionId: 'evidence',
      author: 'Sam Reviewer',
      role: 'reviewer',
      body: 'Which surveys did you use? Name them.',
      now: new Date('2026-03-03T09:00:00Z'),
    }),
  );
}

describe('the review feature on a section page', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows a comment on the whole section under the section’s heading, with Reply', async () => {
    const user = userEvent.setup();
    const latest = renderWired(
      { page: 'section', sectionId: 'evidence' },
      withSectionComment(buildExampleAssessment()),
    );
    const comments = screen.getByRole('region', { name: 'Comments on this section' });
    expect(comments).toHaveTextContent('Which surveys did you use? Name them.');
    expect(comments).toHaveTextContent('Sam Reviewer');
    // Near the heading: before the first question.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.compareDocumentPosition(comments) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const firstField = screen.getAllByRole('textbox')[0]!;
    expect(comments.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.click(within(comments).getByRole('button', { name: /^Reply ?to Sam Reviewer$/ }));
    // The reply form comes first (the "Add a comment" form is after the thread).
    await user.type(within(comments).getAllByLabelText('Your name')[0]!, 'Ann Assessor');
    await user.click(within(comments).getAllByLabelText('The assessor')[0]!);
    await user.type(within(comments).getByLabelText('Reply to Sam Reviewer'), 'The 2018 staff survey.');
    await user.click(within(comments).getByRole('button', { name: 'Reply' }));
    expect(latest().comments[0]!.replies).toMatchObject([
      { author: 'Ann Assessor', body: 'The 2018 staff survey.' },
    ]);
  });

  it('shows no section comments block on a section nobody commented on', () => {
    renderWired({ page: 'section', sectionId: 'analysis' }, withSectionComment(buildExampleAssessment()));
    expect(screen.queryByRole('region', { name: 'Comments on this section' })).not.toBeInTheDocument();
  });

  it('says why the fields of an agreed assessment cannot be changed, and what to do', () => {
    const sent = ok(
      sendForReview(buildExampleAssessment(), { by: 'K', now: new Date('2026-03-02T09:00:00Z') }),
    );
    const agreed = ok(
      agree(sent, currentTemplate, { reviewer: 'Sam Reviewer', now: new Date('2026-03-04T09:00:00Z') }),
    );
    renderWired({ page: 'section', sectionId: 'overview' }, agreed);
    const banner = screen.getByRole('region', { name: 'Agreed and locked' });
    expect(banner).toHaveTextContent('This assessment has been agreed, so its answers cannot be changed');
    expect(banner).toHaveTextContent('start a new revision');
    expect(within(banner).getByRole('link', { name: /task list/i })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/assessments\/example-social-media-2019$/),
    );
  });

  it('shows no locked banner while the assessment can be changed', () => {
    renderWired({ page: 'section', sectionId: 'overview' }, buildExampleAssessment());
    expect(screen.queryByRole('region', { name: 'Agreed and locked' })).not.toBeInTheDocument();
  });

  it('says a problem once: a field showing its error shows no finding beside it', async () => {
    // A user test saw "Date EIA agreed must be a real date" in red and "Date EIA agreed is not a real date"
    // in yellow under the same field.
    const example = buildExampleAssessment();
    const assessment = {
      ...example,
      answers: { ...example.answers, dateAgreed: { day: '31', month: '2', year: '2019' } },
    };
    renderWired({ page: 'section', sectionId: 'overview' }, assessment);
    const field = () => document.querySelector<HTMLElement>('[data-question-id="dateAgreed"]')!;
    // Before the section is checked, the finding is the only word on it.
    expect(within(field()).getByText(/is not a real date/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    await waitFor(() =>
      expect(field().querySelector('.govuk-error-message')).toHaveTextContent(
        'Error: Date EIA agreed must be a real date',
      ),
    );
    expect(within(field()).queryByText(/is not a real date/)).toBeNull();
  });
});
