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

function renderActions(
  initial: Assessment,
  extra: { current?: () => Assessment; onExport?: () => void } = {},
) {
  let latest = initial;
  render(
    <Stateful initial={initial} onChange={(a) => (latest = a)}>
      {(assessment, update) => (
        <WorkflowActions
          assessment={assessment}
          findings={findingsFor(assessment, currentTemplate, { today: now() })}
          onUpdate={update}
          now={now}
          {...extra}
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
    expect(screen.getAllByText('Ready for review')[0]).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'open the review page' })).toHaveAttribute(
      'href',
      '/assessments/example-social-media-2019/review',
    );
  });

  it('reads the answers typed since the page rendered (the draft), not the record as loaded', async () => {
    const user = userEvent.setup();
    const loaded = buildAssessment({ answers: { projectTitle: 'Flexible working' } });
    const typed = { ...loaded, answers: { ...loaded.answers, assessorName: 'Ann Assessor' } };
    const latest = renderActions(loaded, { current: () => typed });
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    expect(screen.queryByText(/Answer “Name of impact assessor”/)).not.toBeInTheDocument();
    expect(latest()).toMatchObject({ status: 'ready-for-review', answers: { assessorName: 'Ann Assessor' } });
    expect(latest().statusHistory.at(-1)).toMatchObject({ by: 'Ann Assessor' });
  });

  it('after sending, says nothing was sent yet and offers the export right there', async () => {
    const user = userEvent.setup();
    let exported = 0;
    renderActions(buildExampleAssessment(), { onExport: () => (exported += 1) });
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Nothing has been sent yet. Now export this assessment and send the file to the reviewer.',
    );
    expect(screen.queryByText(/^Sent for review on/)).not.toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Export this assessment for the reviewer (.eia.json)' }),
    );
    expect(exported).toBe(1);
  });

  it('makes "Send for review" the main button only once every question is answered', () => {
    renderActions(buildAssessment());
    expect(screen.getByRole('button', { name: 'Send for review' })).toHaveClass('govuk-button--secondary');
  });

  it('makes "Send for review" the main button of a fully answered assessment', () => {
    renderActions(buildExampleAssessment());
    expect(screen.getByRole('button', { name: 'Send for review' })).not.toHaveClass(
      'govuk-button--secondary',
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
