import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '@schemas/assessment.ts';
import { CommentThread } from '@/features/review/comment-thread.tsx';
import { buildAssessment } from '../../builders.ts';
import { Stateful } from './harness.tsx';

function renderThread(initial: Assessment = buildAssessment(), readOnly = false) {
  let latest = initial;
  render(
    <Stateful initial={initial} onChange={(a) => (latest = a)}>
      {(assessment, update) => (
        <CommentThread
          assessment={assessment}
          sectionId="analysis"
          questionId="age"
          subject="Age"
          onUpdate={update}
          readOnly={readOnly}
          fallbackRole="reviewer"
          now={() => new Date('2026-03-03T10:00:00Z')}
        />
      )}
    </Stateful>,
  );
  return () => latest;
}

describe('CommentThread', () => {
  beforeEach(() => window.localStorage.clear());

  it('asks a new person’s name once, adds their comment, and remembers them', async () => {
    const user = userEvent.setup();
    const latest = renderThread();
    await user.click(screen.getByText('Add a comment'));
    await user.type(screen.getByLabelText('Your name'), 'Sam Reviewer');
    await user.type(screen.getByLabelText('Comment on Age'), 'Why no impact on older registrants?');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(screen.getByText('1 comment on Age')).toBeInTheDocument();
    expect(screen.getByText('Why no impact on older registrants?')).toBeInTheDocument();
    expect(latest().comments).toMatchObject([
      { sectionId: 'analysis', questionId: 'age', author: 'Sam Reviewer', role: 'reviewer' },
    ]);
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    expect(screen.getByText(/Commenting as Sam Reviewer \(reviewer\)/)).toBeInTheDocument();
  });

  it('says what is wrong when the comment is empty, at the field', async () => {
    const user = userEvent.setup();
    renderThread();
    await user.click(screen.getByText('Add a comment'));
    await user.type(screen.getByLabelText('Your name'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    const box = screen.getByLabelText('Comment on Age');
    expect(box).toHaveFocus();
    expect(box).toHaveAccessibleDescription('Error: Enter your comment');
  });

  it('lets the assessor reply and resolve, and the reviewer reopen', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(
      'eia-builder:identity',
      JSON.stringify({ name: 'Katherine Timms', role: 'assessor' }),
    );
    const start = buildAssessment({
      comments: [
        {
          id: 'c1',
          sectionId: 'analysis',
          questionId: 'age',
          author: 'Sam Reviewer',
          role: 'reviewer',
          body: 'Why?',
          createdAt: '2026-03-02T10:00:00.000Z',
          replies: [],
        },
      ],
    });
    const latest = renderThread(start);
    await user.click(screen.getByRole('button', { name: /^Reply ?to Sam Reviewer$/ }));
    await user.type(screen.getByLabelText('Reply to Sam Reviewer'), 'Added a reason.');
    await user.click(screen.getByRole('button', { name: 'Reply' }));
    expect(screen.getByText('Added a reason.')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: /^Mark as resolved ?the comment from Sam Reviewer$/ }),
    );
    expect(screen.getByText('Resolved')).toBeInTheDocument();
    expect(latest().comments[0]).toMatchObject({ resolvedBy: 'Katherine Timms' });

    await user.click(screen.getByRole('button', { name: /^Reopen ?the comment from Sam Reviewer$/ }));
    expect(screen.queryByText('Resolved')).not.toBeInTheDocument();
    expect(latest().comments[0]!.replies.map((r) => r.body)).toEqual(['Added a reason.', 'Reopened.']);
  });

  it('shows comments but no way to change them when read-only', () => {
    const start = buildAssessment({
      comments: [
        {
          id: 'c1',
          sectionId: 'analysis',
          questionId: 'age',
          author: 'Sam',
          role: 'reviewer',
          body: 'Why?',
          createdAt: '2026-03-02T10:00:00.000Z',
          replies: [],
        },
      ],
    });
    renderThread(start, true);
    const thread = screen.getByText('1 comment on Age').parentElement!;
    expect(within(thread).getByText('Why?')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText('Add a comment')).not.toBeInTheDocument();
  });
});
