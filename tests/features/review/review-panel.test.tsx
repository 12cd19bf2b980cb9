import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '@schemas/assessment.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import { findingsFor } from '@/domain/findings/index.ts';
import { sendForReview } from '@/domain/workflow.ts';
import { ReviewPanel } from '@/features/review/review-panel.tsx';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';
import { wellMadeAnswers } from '../../domain/findings/well-made-answers.ts';
import { Stateful } from './harness.tsx';

const now = () => new Date(2026, 2, 4, 15, 0);

function sent(a: Assessment): Assessment {
  const result = sendForReview(a, { by: 'Katherine Timms', now: new Date('2026-03-02T09:00:00Z') });
  if (!result.ok) throw new Error(result.reason);
  return result.assessment;
}

function renderPanel(initial: Assessment) {
  let latest = initial;
  render(
    <Stateful initial={initial} onChange={(a) => (latest = a)}>
      {(assessment, update) => (
        <ReviewPanel
          assessment={assessment}
          findings={findingsFor(assessment, currentTemplate, { today: now() })}
          onUpdate={update}
          now={now}
        />
      )}
    </Stateful>,
  );
  return () => latest;
}

describe('ReviewPanel', () => {
  beforeEach(() => window.localStorage.clear());

  it('refuses to agree while answers are missing, listing each with a link, and focuses the summary', async () => {
    const user = userEvent.setup();
    const latest = renderPanel(
      sent(buildAssessment({ answers: { ...wellMadeAnswers(), race: '', sex: '' } })),
    );
    await user.type(screen.getByLabelText('Your name'), 'Sam Reviewer');
    await user.click(screen.getByRole('button', { name: 'Agree this assessment' }));

    const summary = screen.getByRole('alert');
    expect(summary.parentElement).toHaveFocus();
    expect(within(summary).getByRole('heading', { level: 2 })).toHaveTextContent(
      'You cannot agree this assessment yet',
    );
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Race is not answered', 'Sex is not answered']);
    expect(links[0]).toHaveAttribute('href', '/assessments/test-assessment/sections/analysis/race');
    expect(latest().status).toBe('ready-for-review');
  });

  it('does not agree in one click: it asks for confirmation on its own page first', async () => {
    const user = userEvent.setup();
    const latest = renderPanel(sent(buildExampleAssessment()));
    expect(screen.getByText(/16 answers need looking at/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your name'), 'Sam Reviewer');
    await user.click(screen.getByRole('button', { name: 'Agree this assessment' }));

    expect(latest().status).toBe('ready-for-review');
    expect(window.location.pathname).toBe('/assessments/example-social-media-2019/review/agree');
  });

  it('asks for the reviewer’s name before a decision', async () => {
    const user = userEvent.setup();
    renderPanel(sent(buildExampleAssessment()));
    await user.click(screen.getByRole('button', { name: 'Agree this assessment' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your name');
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(/Error: Enter your name/);
  });

  it('returns the assessment only with reasons, which are recorded', async () => {
    const user = userEvent.setup();
    const latest = renderPanel(sent(buildExampleAssessment()));
    await user.type(screen.getByLabelText('Your name'), 'Sam Reviewer');
    await user.click(screen.getByRole('button', { name: 'Return to assessor' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your reasons for returning the assessment');
    await user.type(screen.getByLabelText('Reasons for returning it'), 'Give a reason for each group.');
    await user.click(screen.getByRole('button', { name: 'Return to assessor' }));
    expect(latest().status).toBe('returned');
    expect(latest().statusHistory.at(-1)).toMatchObject({
      by: 'Sam Reviewer',
      note: 'Give a reason for each group.',
    });
    expect(screen.getByText(/back with the assessor/)).toBeInTheDocument();
  });

  it('offers no decision on a draft', () => {
    renderPanel(buildExampleAssessment());
    expect(screen.queryByRole('button', { name: 'Agree this assessment' })).not.toBeInTheDocument();
    expect(screen.getByText(/once the assessor sends it for review/)).toBeInTheDocument();
  });
});
