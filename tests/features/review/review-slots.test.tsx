import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { currentTemplate } from '@schemas/templates/index.ts';
import { createLiveFindings } from '@/features/review/live-findings.ts';
import { reviewSlots } from '@/features/review/review-slots.tsx';
import { ReviewPage } from '@/features/review/review-page.tsx';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';

const assessment = buildExampleAssessment({
  comments: [
    {
      id: 'c1',
      sectionId: 'evidence',
      author: 'Sam Reviewer',
      role: 'reviewer',
      body: 'Which survey?',
      createdAt: '2026-03-02T10:00:00.000Z',
      replies: [],
    },
    {
      id: 'c2',
      sectionId: 'analysis',
      questionId: 'age',
      author: 'Sam Reviewer',
      role: 'reviewer',
      body: 'Older registrants?',
      createdAt: '2026-03-02T11:00:00.000Z',
      replies: [],
    },
  ],
});
const slots = reviewSlots({
  assessment,
  template: currentTemplate,
  live: createLiveFindings(currentTemplate, assessment),
  onUpdate: () => {},
});

describe('reviewSlots (inside the assessment editor)', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows a field’s findings and comments beside it', () => {
    render(<>{slots.field('age')}</>);
    expect(screen.getByText('Says there is no impact but not why')).toBeInTheDocument();
    expect(screen.getByText('Same or nearly the same answer as 9 other groups')).toBeInTheDocument();
    expect(screen.getAllByText('To look at')).toHaveLength(2);
    expect(screen.getByText('Older registrants?')).toBeInTheDocument();
  });

  it('shows nothing beside a field with no findings or comments, except a way to comment', () => {
    render(<>{slots.field('projectTitle')}</>);
    expect(screen.queryByText('To look at')).not.toBeInTheDocument();
    expect(screen.getByText('Add a comment')).toBeInTheDocument();
  });

  it('counts a section’s findings and open comments for its task-list row', () => {
    render(<>{slots.section('analysis')}</>);
    expect(screen.getByText('11 to look at, 1 open comment')).toBeInTheDocument();
  });

  it('lists every finding by section on Check your answers, linked to the question, with section comments', () => {
    render(<>{slots.check}</>);
    expect(
      screen.getByRole('heading', { name: /Section 3: Analysis by equality group/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Other identified groups' })).toHaveAttribute(
      'href',
      '/assessments/example-social-media-2019/sections/analysis/otherGroups',
    );
    expect(screen.getByText('Which survey?')).toBeInTheDocument();
  });
});

describe('Check your answers: what a reviewer will look at', () => {
  it('gives an explanation several findings share once, then says it is explained above', () => {
    render(<>{slots.check}</>);
    const explanation = /The duty is to have due regard to each aim, not always to achieve it/;
    expect(screen.getAllByText(explanation)).toHaveLength(1);
    expect(screen.getAllByText('Says the work will not meet this aim, without saying why')).toHaveLength(3);
    expect(screen.getAllByText('Explained once, above.').length).toBeGreaterThanOrEqual(2);
  });
});

describe('ReviewPage', () => {
  it('shows the findings, the comments on questions and the status history', () => {
    render(<ReviewPage assessment={assessment} onUpdate={() => {}} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Review this assessment' })).toBeInTheDocument();
    expect(screen.getByText('Social media guidance updates 2019')).toBeInTheDocument();
    const questionComments = screen.getByRole('heading', { name: 'Comments on questions' }).parentElement!;
    expect(within(questionComments).getByRole('link', { name: 'Age' })).toHaveAttribute(
      'href',
      '/assessments/example-social-media-2019/sections/analysis/age',
    );
    expect(within(questionComments).getByText('Older registrants?')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Status history' })).toBeInTheDocument();
    expect(screen.getByText(/once the assessor sends it for review/)).toBeInTheDocument();
  });

  it('says "Not answered" once for a question with no answer: the missing tag and what to do, not the title again', () => {
    render(<ReviewPage assessment={buildAssessment()} onUpdate={() => {}} />);
    const question = screen.getByRole('group', { name: 'Project / policy title' });
    expect(within(question).getAllByText('Not answered')).toHaveLength(1);
    expect(within(question).getByText('Missing')).toBeInTheDocument();
    expect(within(question).getByText('Enter the project or policy title.')).toBeInTheDocument();
  });
});
