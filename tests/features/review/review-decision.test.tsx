import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Assessment } from '@schemas/assessment.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import { countFindings, findingsFor } from '@/domain/findings/index.ts';
import { agree, sendForReview, type WorkflowResult } from '@/domain/workflow.ts';
import { AgreePage } from '@/features/review/agree-page.tsx';
import { ReviewPage } from '@/features/review/review-page.tsx';
import { WorkflowActions } from '@/features/review/workflow-actions.tsx';
import { buildExampleAssessment } from '../../builders.ts';
import { Stateful } from './harness.tsx';

/**
 * The usability round of stop 11: what the reviewer is told after a decision (nothing is sent until the
 * file is exported), what the task list says after an export and to a reviewer, the same "to look at"
 * count on the review and agree pages, and focus on arrival.
 */
const now = () => new Date('2026-03-05T10:00:00Z');
const ok = (r: WorkflowResult) => {
  if (!r.ok) throw new Error(r.reason);
  return r.assessment;
};
const sent = (a: Assessment) =>
  ok(sendForReview(a, { by: 'Ann Assessor', now: new Date('2026-03-02T09:00:00Z') }));
const asReviewer = (name = 'Sam Reviewer') =>
  window.localStorage.setItem('eia-builder:identity', JSON.stringify({ name, role: 'reviewer' }));

function renderReview(initial: Assessment, onExport?: () => string | null) {
  let latest = initial;
  render(
    <Stateful initial={initial} onChange={(a) => (latest = a)}>
      {(assessment, update) => (
        <ReviewPage assessment={assessment} onUpdate={update} now={now} {...(onExport ? { onExport } : {})} />
      )}
    </Stateful>,
  );
  return () => latest;
}

describe('the review page after the reviewer’s decision', () => {
  beforeEach(() => window.localStorage.clear());

  it('after "Return to assessor" says nothing has been sent and offers the export, then says it was exported', async () => {
    const user = userEvent.setup();
    const exports: string[] = [];
    const latest = renderReview(sent(buildExampleAssessment()), () => {
      exports.push('x');
      return 'social-media-guidance-2026-03-05.eia.json';
    });
    const panel = within(document.querySelector<HTMLElement>('.app-review-panel')!);
    await user.type(panel.getByLabelText('Your name'), 'Sam Reviewer');
    await user.type(panel.getByLabelText('Reasons for returning it'), 'Give a reason for each group.');
    await user.click(panel.getByRole('button', { name: 'Return to assessor' }));
    expect(latest().status).toBe('returned');
    const banner = screen.getByRole('alert');
    // The button pressed is gone: focus is on what happened, not lost to the page.
    expect(banner).toHaveFocus();
    expect(banner).toHaveTextContent(
      'Nothing has been sent yet. Now export this assessment and send the file to the assessor.',
    );
    await user.click(
      within(banner).getByRole('button', { name: 'Export this assessment for the assessor (.eia.json)' }),
    );
    expect(exports).toHaveLength(1);
    expect(banner).toHaveTextContent('Exported social-media-guidance-2026-03-05.eia.json');
    expect(banner).toHaveTextContent('Now send this file to the assessor');
    expect(banner).not.toHaveTextContent('Nothing has been sent yet');
  });

  it('after "Agree" (back on the review page) says nothing has been sent and offers the export', () => {
    asReviewer();
    const agreed = ok(
      agree(sent(buildExampleAssessment()), currentTemplate, { reviewer: 'Sam Reviewer', now: now() }),
    );
    renderReview(agreed, () => 'a.eia.json');
    expect(
      screen.getByText(
        'Nothing has been sent yet. Now export this assessment and send the file to the assessor.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Export this assessment for the assessor (.eia.json)' }),
    ).toBeInTheDocument();
  });

  it('does not tell the assessor to send an agreed assessment to themselves', () => {
    window.localStorage.setItem(
      'eia-builder:identity',
      JSON.stringify({ name: 'Ann Assessor', role: 'assessor' }),
    );
    const agreed = ok(
      agree(sent(buildExampleAssessment()), currentTemplate, { reviewer: 'Sam Reviewer', now: now() }),
    );
    renderReview(agreed, () => 'a.eia.json');
    expect(screen.queryByText(/Nothing has been sent yet/)).not.toBeInTheDocument();
  });
});

describe('the same "to look at" count on the review page and the agree page', () => {
  beforeEach(() => window.localStorage.clear());

  it('counts answers (questions) with something to look at on both, not the findings', async () => {
    const assessment = sent(buildExampleAssessment());
    const findings = findingsFor(assessment, currentTemplate, { today: now() });
    const questions = countFindings(findings).weak;
    const weakFindings = findings.filter((f) => f.severity === 'weak').length;
    expect(weakFindings).toBeGreaterThan(questions); // otherwise this test tells nothing

    const { unmount } = render(<ReviewPage assessment={assessment} onUpdate={() => {}} now={now} />);
    expect(screen.getByText(new RegExp(`${questions} answers need looking at`))).toBeInTheDocument();
    unmount();

    const user = userEvent.setup();
    render(<AgreePage assessment={assessment} onUpdate={() => {}} now={now} />);
    expect(screen.getByRole('heading', { name: `${questions} answers to look at` })).toBeInTheDocument();
    await user.click(screen.getByText(`Show the ${questions} answers to look at`));
    const list = screen.getByText(`Show the ${questions} answers to look at`).closest('details')!;
    // One item per answer, linked to its question, with everything to look at in it.
    expect(
      within(list)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement?.parentElement === list.querySelector('.govuk-details__text')),
    ).toHaveLength(questions);
  });
});

describe('focus on arrival', () => {
  beforeEach(() => window.localStorage.clear());

  it('moves focus to the review page’s heading', () => {
    render(<ReviewPage assessment={sent(buildExampleAssessment())} onUpdate={() => {}} now={now} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Review this assessment' })).toHaveFocus();
  });

  it('moves focus to the agree page’s heading', () => {
    render(<AgreePage assessment={sent(buildExampleAssessment())} onUpdate={() => {}} now={now} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('moves focus to the heading of the agree page that says it cannot be agreed now', () => {
    render(<AgreePage assessment={buildExampleAssessment()} onUpdate={() => {}} now={now} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});

function renderActions(initial: Assessment, onExport?: () => string | null) {
  render(
    <Stateful initial={initial}>
      {(assessment, update) => (
        <WorkflowActions
          assessment={assessment}
          findings={findingsFor(assessment, currentTemplate, { today: now() })}
          onUpdate={update}
          now={now}
          {...(onExport ? { onExport } : {})}
        />
      )}
    </Stateful>,
  );
}

describe('the task list’s "send it" message', () => {
  beforeEach(() => window.localStorage.clear());

  it('after the export says it was exported and what to do with the file', async () => {
    const user = userEvent.setup();
    renderActions(buildExampleAssessment(), () => 'social-media-guidance-2026-03-05.eia.json');
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    await user.click(
      screen.getByRole('button', { name: 'Export this assessment for the reviewer (.eia.json)' }),
    );
    expect(screen.queryByText(/Nothing has been sent yet/)).not.toBeInTheDocument();
    expect(screen.getByText(/Exported social-media-guidance-2026-03-05\.eia\.json/)).toBeInTheDocument();
    expect(screen.getByText(/Now send this file to the reviewer/)).toBeInTheDocument();
  });

  it('still tells the assessor who sent it from this browser to export it, when they come back later', async () => {
    const user = userEvent.setup();
    const first = render(
      <Stateful initial={buildExampleAssessment()}>
        {(assessment, update) => (
          <>
            <WorkflowActions assessment={assessment} findings={[]} onUpdate={update} now={now} />
            <output data-testid="saved">{JSON.stringify(assessment)}</output>
          </>
        )}
      </Stateful>,
    );
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    const saved = JSON.parse(screen.getByTestId('saved').textContent!) as Assessment;
    first.unmount();
    renderActions(saved, () => 'a.eia.json');
    expect(
      screen.getByText(
        'Nothing has been sent yet. Now export this assessment and send the file to the reviewer.',
      ),
    ).toBeInTheDocument();
  });

  it('points someone who imported a sent assessment (not sent from this browser) to the review page', async () => {
    const user = userEvent.setup();
    let exported = 0;
    renderActions(sent(buildExampleAssessment()), () => {
      exported += 1;
      return 'a.eia.json';
    });
    expect(screen.queryByText(/Nothing has been sent yet/)).not.toBeInTheDocument();
    expect(screen.getByText('This assessment is waiting for your review')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review this assessment' })).toBeInTheDocument();
    // Nobody here has said who they are: the sender still has a way to the export.
    await user.click(screen.getByRole('button', { name: 'export it for the reviewer (.eia.json)' }));
    expect(exported).toBe(1);
  });

  it('points the reviewer who opened a sent assessment to the review page, not to an export', () => {
    asReviewer();
    renderActions(sent(buildExampleAssessment()), () => 'a.eia.json');
    expect(screen.queryByText(/Nothing has been sent yet/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Export this assessment for the reviewer/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review this assessment' })).toHaveAttribute(
      'href',
      '/assessments/example-social-media-2019/review',
    );
  });
});
