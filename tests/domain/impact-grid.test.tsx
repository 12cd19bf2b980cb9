import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { render, screen, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseAssessment } from '@/domain/assessment-summary.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildOverview } from '@/domain/overview.ts';
import { overviewCsv } from '@/domain/overview-csv.ts';
import { GroupGrid } from '@/features/overview/group-grid.tsx';
import { impactTableTemplate } from '../impact-table-template.ts';

const template = localiseTemplate(impactTableTemplate);
const REASON =
  'Older riders use the evening buses most, the survey of 2025 showed, so fewer buses reach them.';

// Registered before the describe blocks build their overview.
registerTemplate(impactTableTemplate);
afterAll(() => forgetLearntTemplates());

describe('impact ratings in the overview grid and its CSV', () => {
  const assessment = createAssessment({
    id: 'grid',
    template,
    answers: {
      name: 'Bus timetable',
      olderPeople: { ratings: ['not-known', 'negative'], why: REASON, mitigation: 'Keep route 7.' },
    } as never,
  });
  const overview = buildOverview(
    [summariseAssessment(assessment, { today: new Date('2026-01-05') })],
    template,
  );

  it('carries each impact group’s ratings in words beside its state', () => {
    const [row] = overview.rows;
    expect(row!.groups.olderPeople).toBe('weak');
    expect(row!.ratings).toEqual({ olderPeople: 'Negative, Not known' });
    expect(overviewCsv(overview)).toContain('"To look at; impact: Negative, Not known"');
  });

  it('shows the ratings as words in the grid cell, not by colour alone', () => {
    render(
      <Router hook={memoryLocation({ path: '/overview' }).hook}>
        <GroupGrid rows={overview.rows} columns={overview.columns} caption="Equality groups" />
      </Router>,
    );
    const cell = screen.getByRole('link', { name: /Older people in Bus timetable/ });
    expect(within(cell).getByText('To look at')).toBeInTheDocument();
    expect(cell).toHaveTextContent('Impact: Negative, Not known');
  });
});
