import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '@schemas/assessment.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import { findingsFor } from '@/domain/findings/index.ts';
import { agree, returnToAssessor, sendForReview, type WorkflowResult } from '@/domain/workflow.ts';
import { WorkflowActions } from '@/features/review/workflow-actions.tsx';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';
import { Stateful } from './harness.tsx';

const now = () => new Date('2026-03-05T10:00:00Z');
const ok = (r: WorkflowResult) => {
  if (!r.ok) throw new Error(r.reason);
  return r.assessment;
};

function renderActions(initial: Assessment) {
  let latest = initial;
  render(
    <Stateful initial={initial} onChange={(a) => (latest = a)}>
      {(assessment, update) => (
        <WorkflowActions
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

describe('WorkflowActions', () => {
  beforeEach(() => window.localStorage.clear());

  it('sends a draft for review in the assessor’s name', async () => {
    const user = userEvent.setup();
    const latest = renderActions(buildExampleAssessment());
    expect(screen.getByText('Draft')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    expect(latest().statusHistory.at(-1)).toMatchObject({
      status: 'ready-for-review',
      by: 'Katherine Timms',
    });
    expect(screen.getByText('Ready for review')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'open the review page' })).toHaveAttribute(
      'href',
      '/assessments/example-social-media-2019/review',
    );
  });

  it('warns that an incomplete assessment cannot be agreed', () => {
    renderActions(buildAssessment({ answers: { assessorName: 'K' } }));
    expect(screen.getByText(/22 questions are not answered/)).toBeInTheDocument();
  });

  it('shows the reviewer’s reasons when returned', () => {
    const sent = ok(sendForReview(buildExampleAssessment(), { by: 'K', now: now() }));
    renderActions(
      ok(
        returnToAssessor(sent, { reviewer: 'Sam Reviewer', reasons: 'Say why for each group.', now: now() }),
      ),
    );
    expect(screen.getByRole('region', { name: 'Returned by Sam Reviewer' })).toHaveTextContent(
      'Say why for each group.',
    );
  });

  it('says an agreed assessment is locked and starts a new revision as a draft', async () => {
    const user = userEvent.setup();
    const sent = ok(sendForReview(buildExampleAssessment(), { by: 'K', now: now() }));
    const latest = renderActions(ok(agree(sent, currentTemplate, { reviewer: 'Sam Reviewer', now: now() })));
    expect(screen.getByRole('region', { name: 'Agreed' })).toHaveTextContent(/This revision is locked/);
    await user.click(screen.getByRole('button', { name: 'Start a new revision' }));
    expect(latest()).toMatchObject({ status: 'draft', revision: 2 });
    expect(screen.getByText('Revision 2')).toBeInTheDocument();
  });
});
