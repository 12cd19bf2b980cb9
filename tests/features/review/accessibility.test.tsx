import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { currentTemplate } from '@schemas/templates/index.ts';
import { mergeAssessments } from '@/domain/merge.ts';
import { summariseAssessment } from '@/domain/assessment-summary.ts';
import { sendForReview } from '@/domain/workflow.ts';
import { OverviewPage } from '@/features/overview/overview-page.tsx';
import { MergeOutcome } from '@/components/merge-outcome.tsx';
import { ReviewPage } from '@/features/review/review-page.tsx';
import { createLiveFindings } from '@/features/review/live-findings.ts';
import { reviewSlots } from '@/features/review/review-slots.tsx';
import { buildExampleAssessment } from '../../builders.ts';

/** axe-core's WCAG A/AA rules that jsdom can judge (colour contrast needs a real browser: see tests/e2e). */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const sent = sendForReview(
  buildExampleAssessment({
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
  }),
  { by: 'Katherine Timms', now: new Date('2026-03-03T10:00:00Z') },
);
if (!sent.ok) throw new Error(sent.reason);
const assessment = sent.assessment;

describe('accessibility of the review and overview screens (axe, jsdom)', () => {
  it('has no violations on the review page', async () => {
    const { container } = render(<ReviewPage assessment={assessment} onUpdate={() => {}} />);
    expect(await violations(container)).toEqual([]);
  });

  it('has no violations in the editor slots', async () => {
    const slots = reviewSlots({
      assessment,
      template: currentTemplate,
      live: createLiveFindings(currentTemplate, assessment),
      onUpdate: () => {},
    });
    const { container } = render(
      <main>
        {slots.status}
        {slots.section('analysis')}
        {slots.field('age')}
        {slots.check}
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('has no violations on the overview', async () => {
    const summaries = [
      summariseAssessment(assessment),
      summariseAssessment({ ...assessment, id: 'b', status: 'agreed' }),
    ];
    const { container } = render(<OverviewPage summaries={summaries} />);
    expect(await violations(container)).toEqual([]);
  });
});

describe('MergeOutcome', () => {
  it('says what an imported file brought', () => {
    const reviewer = {
      ...assessment,
      comments: [...assessment.comments, { ...assessment.comments[0]!, id: 'c2' }],
    };
    const result = mergeAssessments(assessment, reviewer);
    if (result.kind !== 'merged') throw new Error('not merged');
    render(<MergeOutcome result={result} fileName="back.eia.json" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“back.eia.json” was added to the assessment already in this browser',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('1 new comment.');
  });

  it('says how many answers were taken from the file, and by whose change', () => {
    const file = {
      ...assessment,
      answers: { ...assessment.answers, race: 'Theirs.' },
      updatedAt: '2026-03-04T11:00:00.000Z',
      statusHistory: [
        ...assessment.statusHistory,
        {
          status: 'returned' as const,
          at: '2026-03-04T11:00:00.000Z',
          by: 'Sam Reviewer',
          note: 'See race.',
          revision: 1,
        },
      ],
    };
    const result = mergeAssessments(assessment, file, { decisions: { race: 'theirs' } });
    if (result.kind !== 'merged') throw new Error('not merged');
    render(<MergeOutcome result={result} fileName="back.eia.json" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Status is now Returned (by Sam Reviewer).');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1 answer taken from the file (changed by Sam Reviewer).',
    );
    expect(screen.queryByText('Both copies kept')).not.toBeInTheDocument();
  });
});
