import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HistoryPage } from '@/features/history/history-page.tsx';
import { buildAssessment } from '../../builders.ts';
import { renderWithStorage, testStorage } from '../render-with-storage.tsx';

async function withHistory(status: 'draft' | 'agreed' = 'draft') {
  let now = new Date('2026-01-05T09:00:00.000Z');
  const storage = testStorage(() => now);
  const a = buildAssessment({
    id: 'x',
    updatedAt: now.toISOString(),
    answers: { projectTitle: 'Pay policy', age: 'first draft' },
  });
  await storage.repository.create(a);
  now = new Date('2026-01-05T14:32:00.000Z');
  await storage.repository.save(
    { ...a, answers: { ...a.answers, age: 'second draft' }, updatedAt: now.toISOString() },
    1,
  );
  if (status === 'agreed')
    await storage.repository.save({ ...a, status: 'agreed', updatedAt: now.toISOString() }, 2);
  return storage;
}

describe('HistoryPage', () => {
  it('lists kept versions with their times and what they contain', async () => {
    renderWithStorage(<HistoryPage id="x" />, await withHistory());
    expect(await screen.findByRole('heading', { name: 'History' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '5 January 2026 at 9:00am' })).toBeInTheDocument();
    expect(screen.getByText('Saved while editing')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Show the answers in this version'));
    expect(screen.getByText('first draft')).toBeVisible();
  });

  it('restores a version, and the restore can be undone', async () => {
    const storage = await withHistory();
    renderWithStorage(<HistoryPage id="x" />, storage);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Restore this version from 5 January 2026 at 9:00am' }),
    );
    expect(
      await screen.findByText('The version from 5 January 2026 at 9:00am was restored.'),
    ).toBeInTheDocument();
    expect((await storage.repository.get('x'))?.assessment.answers.age).toBe('first draft');
    await userEvent.click(screen.getByRole('button', { name: 'Undo the restore' }));
    expect(await screen.findByText('The restore was undone.')).toBeInTheDocument();
    expect((await storage.repository.get('x'))?.assessment.answers.age).toBe('second draft');
    await waitFor(() => expect(screen.getAllByText(/^Before the version from/).length).toBeGreaterThan(0));
  });

  it('shows a copy kept before a move with its form version and its answers no longer asked', async () => {
    const storage = testStorage(() => new Date('2026-01-05T09:00:00.000Z'));
    const a = buildAssessment({
      id: 'x',
      answers: { projectTitle: 'Pay policy' },
      noLongerAsked: [
        {
          questionId: 'welshScheme',
          label: { en: 'The Welsh Language Scheme' },
          kind: 'textarea',
          templateVersion: '2017-06',
          reason: 'removed',
          value: 'Kept words about Welsh.',
          text: 'Kept words about Welsh.',
          movedAt: '2026-01-01T09:00:00.000Z',
        },
      ],
    });
    await storage.repository.create(a);
    await storage.repository.keepBeforeVersionMove(a, '2026-01');
    renderWithStorage(<HistoryPage id="x" />, storage);
    expect(await screen.findByText('Before it moved to version 2026-01 of the form')).toBeInTheDocument();
    const version = screen.getByText('Version of the form');
    expect(version.nextElementSibling).toHaveTextContent('2018-10');
    await userEvent.click(screen.getByText('Show the answers in this version'));
    expect(screen.getByRole('heading', { name: 'Answers to questions no longer asked' })).toBeVisible();
    expect(screen.getByText('Kept words about Welsh.')).toBeVisible();
  });

  it('does not offer to restore into an agreed assessment', async () => {
    renderWithStorage(<HistoryPage id="x" />, await withHistory('agreed'));
    expect(await screen.findByText(/This assessment has been agreed/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore this version/ })).not.toBeInTheDocument();
  });

  it('says when the assessment is not in the list', async () => {
    renderWithStorage(<HistoryPage id="gone" />);
    expect(
      await screen.findByRole('heading', { name: 'This assessment is not in your list' }),
    ).toBeInTheDocument();
  });
});
