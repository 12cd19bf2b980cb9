import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '@schemas/assessment.ts';
import { addComment } from '@/domain/comments.ts';
import { sendForReview } from '@/domain/workflow.ts';
import { AgreePage } from '@/features/review/agree-page.tsx';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';
import { wellMadeAnswers } from '../../domain/findings/well-made-answers.ts';
import { Stateful } from './harness.tsx';

const now = () => new Date(2026, 2, 4, 15, 0);

function sent(a: Assessment): Assessment {
  const result = sendForReview(a, { by: 'Katherine Timms', now: new Date('2026-03-02T09:00:00Z') });
  if (!result.ok) throw new Error(result.reason);
  return result.assessment;
}

function withOpenComment(a: Assessment): Assessment {
  const result = addComment(a, {
    id: 'c1',
    sectionId: 'analysis',
    questionId: 'age',
    author: 'Sam Reviewer',
    role: 'reviewer',
    body: 'Which age groups use it least?',
    now: new Date('2026-03-03T09:00:00Z'),
  });
  if (!result.ok) throw new Error(result.reason);
  return result.assessment;
}

function renderPage(initial: Assessment) {
  let latest = initial;
  render(
    <Stateful initial={initial} onChange={(a) => (latest = a)}>
      {(assessment, update) => <AgreePage assessment={assessment} onUpdate={update} now={now} />}
    </Stateful>,
  );
  return () => latest;
}

describe('AgreePage', () => {
  beforeEach(() => window.localStorage.clear());

  it('lists what is still open before locking, and agrees only when confirmed', async () => {
    const user = userEvent.setup();
    const latest = renderPage(withOpenComment(sent(buildExampleAssessment())));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Are you sure you want to agree this assessment?',
    );
    expect(screen.getByRole('heading', { name: '1 comment is still open' })).toBeInTheDocument();
    expect(screen.getByText('Which age groups use it least?')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Age' })[0]).toHaveAttribute(
      'href',
      '/assessments/example-social-media-2019/sections/analysis/age',
    );
    expect(screen.getByRole('heading', { name: /^\d+ answers to look at$/ })).toBeInTheDocument();
    expect(latest().status).toBe('ready-for-review');

    await user.click(screen.getByRole('button', { name: 'Yes, agree and lock it' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your name');
    expect(latest().status).toBe('ready-for-review');

    await user.type(screen.getByLabelText('Your name'), 'Sam Reviewer');
    await user.click(screen.getByRole('button', { name: 'Yes, agree and lock it' }));
    expect(latest()).toMatchObject({
      status: 'agreed',
      answers: { dateAgreed: { day: '4', month: '3', year: '2026' } },
    });
    expect(latest().statusHistory.at(-1)).toMatchObject({ status: 'agreed', by: 'Sam Reviewer' });
  });

  it('says there is nothing open when every comment is resolved and no answer needs looking at', () => {
    renderPage(sent(buildAssessment({ answers: wellMadeAnswers() })));
    expect(screen.getByText(/Nothing: every comment is resolved/)).toBeInTheDocument();
  });

  it('offers no agreement while answers are missing', () => {
    renderPage(sent(buildAssessment({ answers: { ...wellMadeAnswers(), race: '' } })));
    expect(screen.getByText(/You cannot agree it yet: 1 answer is missing/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yes, agree and lock it' })).not.toBeInTheDocument();
  });
});
