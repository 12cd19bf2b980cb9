import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { currentTemplate } from '@schemas/templates/index.ts';
import { AnswerChanges } from '@/features/review/answer-changes.tsx';
import { buildExampleAssessment } from '../../builders.ts';

const assessment = buildExampleAssessment({
  answerChanges: [
    {
      id: 'race@2026-03-03T10:00:00.000Z',
      questionId: 'race',
      by: 'Rita Reviewer',
      role: 'reviewer',
      at: '2026-03-03T10:00:00.000Z',
      takenAt: '2026-03-04T09:00:00.000Z',
      previous: 'No impacts are expected.',
      revision: 1,
    },
  ],
});

describe('AnswerChanges', () => {
  it('says beside the field who changed its answer and when, with the answer it replaced', () => {
    render(<AnswerChanges assessment={assessment} template={currentTemplate} questionId="race" />);
    expect(screen.getByText(/Changed by Rita Reviewer \(the reviewer\)/)).toBeInTheDocument();
    expect(screen.getByText(/in their copy \(last saved 3 March 2026/)).toBeInTheDocument();
    expect(screen.getByText('No impacts are expected.')).toBeInTheDocument();
  });

  it('shows nothing beside a field whose answer no one changed', () => {
    const { container } = render(
      <AnswerChanges assessment={assessment} template={currentTemplate} questionId="sex" />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('lists every change on the review page, linked to its question', () => {
    render(<AnswerChanges assessment={assessment} template={currentTemplate} />);
    expect(screen.getByRole('heading', { name: 'Answers taken from a returned file' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Race' })).toHaveAttribute(
      'href',
      '/assessments/example-social-media-2019/sections/analysis/race',
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(
      /^Race: changed by Rita Reviewer \(the reviewer\)/,
    );
  });
});
