import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { planVersionMove } from '@/domain/version-move.ts';
import { MoveVersionPage } from '@/features/template-version/move-version-page.tsx';
import { buildExampleAssessment } from '../../builders.ts';
import { hcpcNextVersion } from '../../hcpc-next-version.ts';

const example = buildExampleAssessment({ completedSections: ['evidence'] });

function renderPage(plan = planVersionMove(example, hcpcEia201810Definition, hcpcNextVersion), extra = {}) {
  const onConfirm = vi.fn(() => Promise.resolve<string | null>(null));
  render(
    <MoveVersionPage
      assessmentId={example.id}
      title="Social media guidance updates 2019"
      formTitle="Equality, Diversity and Inclusion Impact Assessment"
      plan={plan}
      readOnly={false}
      onConfirm={onConfirm}
      {...extra}
    />,
  );
  return onConfirm;
}

describe('MoveVersionPage', () => {
  it('says what will change before anything moves, with the heading in focus', async () => {
    const onConfirm = renderPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Move this assessment to version 2026-01' }),
    ).toHaveFocus();
    const row = (key: string) =>
      screen.getAllByRole('term').find((dt) => dt.textContent === key)?.nextElementSibling?.textContent;
    expect(row('Answers that move across as they are')).toBe('21 answers');
    expect(row('Answers kept as “answers to questions no longer asked”')).toBe('2 answers');
    expect(row('New questions to answer')).toBe('3 questions');
    expect(row('Sections to mark as completed again')).toBe('1 section');
    expect(screen.getByText('Now asked as yes or no')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'New questions, to answer after the move' })).toHaveTextContent(
      'Carers',
    );
    expect(onConfirm).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Move to version 2026-01' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('says "the answer that moves across as it is" when only one does', () => {
    const plan = planVersionMove(example, hcpcEia201810Definition, hcpcNextVersion);
    renderPage({ ...plan, carried: plan.carried.slice(0, 1) });
    expect(screen.getByText('Show the answer that moves across as it is')).toBeInTheDocument();
  });

  it('shows what went wrong when the move could not be made, and offers the button again', async () => {
    const onConfirm = vi.fn(() => Promise.resolve<string | null>('The move could not be saved yet.'));
    renderPage(undefined, { onConfirm });
    await userEvent.click(screen.getByRole('button', { name: 'Move to version 2026-01' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The move could not be saved yet.');
    expect(screen.getByRole('button', { name: 'Move to version 2026-01' })).toBeEnabled();
  });

  it('refuses in plain words, with no button, when agreed or open read-only', () => {
    const agreed = { ...example, status: 'agreed' as const };
    renderPage(planVersionMove(agreed, hcpcEia201810Definition, hcpcNextVersion));
    expect(screen.getByText(/has been agreed, so it stays on version 2018-10/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers no move from a tab that can only read the assessment', () => {
    renderPage(undefined, { readOnly: true });
    expect(screen.getByText(/open in another tab/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
