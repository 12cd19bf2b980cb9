import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BinPage } from '@/features/bin/bin-page.tsx';
import { buildAssessment } from '../../builders.ts';
import { renderWithStorage, testStorage } from '../render-with-storage.tsx';

async function withBinned(...titles: string[]) {
  const storage = testStorage();
  for (const [i, projectTitle] of titles.entries()) {
    await storage.repository.create(
      buildAssessment({ id: `id-${i}`, answers: { projectTitle, age: `answer ${i}` } }),
    );
    await storage.repository.moveToBin(`id-${i}`);
  }
  return storage;
}

describe('BinPage', () => {
  it('says when the bin is empty', async () => {
    renderWithStorage(<BinPage />);
    expect(await screen.findByText('The bin is empty.')).toBeInTheDocument();
  });

  it('puts an assessment back with every answer', async () => {
    const storage = await withBinned('Pay policy', 'Estates strategy');
    renderWithStorage(<BinPage />, storage);
    const table = await screen.findByRole('table', { name: '2 assessments in the bin' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent)
        .sort(),
    ).toEqual(['Estates strategy', 'Pay policy']);
    await userEvent.click(screen.getByRole('button', { name: 'Put back Pay policy' }));
    expect(await screen.findByText('“Pay policy” is back in your assessments.')).toBeInTheDocument();
    expect((await storage.repository.get('id-0'))?.assessment.answers.age).toBe('answer 0');
    await waitFor(() =>
      expect(screen.getByRole('table', { name: '1 assessment in the bin' })).toBeInTheDocument(),
    );
  });

  it('deletes for good only after a confirmation', async () => {
    const storage = await withBinned('Pay policy');
    renderWithStorage(<BinPage />, storage);
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Delete for good Pay policy' }));
    expect(screen.getByRole('heading', { name: 'Delete “Pay policy” for good?' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await storage.repository.listBin()).total).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Delete for good Pay policy' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete for good' }));
    expect(await screen.findByText('“Pay policy” was deleted for good.')).toBeInTheDocument();
    expect((await storage.repository.listBin()).total).toBe(0);
  });

  it('empties the bin after a confirmation', async () => {
    const storage = await withBinned('One', 'Two', 'Three');
    renderWithStorage(<BinPage />, storage);
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Empty the bin' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete for good' }));
    expect(
      await screen.findByText('The bin was emptied: 3 assessments were deleted for good.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('The bin is empty.')).toBeInTheDocument();
  });
});
