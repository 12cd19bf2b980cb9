import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { type Assessment } from '@schemas/assessment.ts';
import { addComment } from '@/domain/comments.ts';
import { returnToAssessor, sendForReview } from '@/domain/workflow.ts';
import { LibraryPage } from '@/features/library/library-page.tsx';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { buildExampleAssessment } from '../../builders.ts';
import { renderWithStorage, testStorage } from '../render-with-storage.tsx';

const file = (name: string, assessment: Assessment) =>
  new File([serialiseEnvelope(buildEnvelope([assessment]))], name, { type: 'application/json' });

function ok(result: { ok: true; assessment: Assessment } | { ok: false; reason: string }): Assessment {
  if (!result.ok) throw new Error(result.reason);
  return result.assessment;
}

/** The assessor's stored copy (sent for review) and the reviewer's returned file with one comment. */
async function roundTrip(options: { assessorEdits?: boolean; reviewerEdits?: boolean } = {}) {
  const storage = testStorage();
  const start = buildExampleAssessment({ id: 'eia-1' });
  const sent = ok(sendForReview(start, { by: 'Ann Assessor', now: new Date('2026-03-02T10:00:00Z') }));
  await storage.repository.create(start);
  await storage.repository.save(sent, 1);
  if (options.assessorEdits) {
    await storage.repository.save(
      {
        ...sent,
        answers: { ...sent.answers, age: 'The assessor’s new text.' },
        updatedAt: '2026-03-02T11:00:00.000Z',
      },
      2,
    );
  }
  let theirs: Assessment = options.reviewerEdits
    ? {
        ...sent,
        answers: { ...sent.answers, race: 'The reviewer’s text.' },
        updatedAt: '2026-03-03T09:00:00Z',
      }
    : sent;
  theirs = ok(
    addComment(theirs, {
      author: 'Rita Reviewer',
      role: 'reviewer',
      sectionId: 'section-1',
      questionId: 'age',
      body: 'Which age groups?',
      now: new Date('2026-03-03T09:30:00Z'),
    }),
  );
  theirs = ok(
    returnToAssessor(theirs, {
      reviewer: 'Rita Reviewer',
      reasons: 'Age is thin.',
      now: new Date('2026-03-03T10:00:00Z'),
    }),
  );
  renderWithStorage(<LibraryPage />, storage);
  await userEvent.upload(
    await screen.findByLabelText('Import assessments from files'),
    file('back.eia.json', theirs),
  );
  await userEvent.click(screen.getByRole('button', { name: 'Import' }));
  return storage;
}

describe('importing an assessment back from review', () => {
  it('offers and preselects bringing in the other person’s changes, then says what came in', async () => {
    const storage = await roundTrip();
    const merge = await screen.findByLabelText('Bring in the other person’s changes');
    expect(merge).toBeChecked();
    expect(screen.getByLabelText('Replace it with the one from the file')).not.toBeChecked();
    expect(screen.getByLabelText('Keep both')).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Continue importing' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('“back.eia.json” was added to the assessment already in this browser');
    expect(banner).toHaveTextContent('Status is now Returned (by Rita Reviewer).');
    expect(banner).toHaveTextContent('1 new comment.');
    expect(
      screen.getByRole('link', { name: 'Open “Social media guidance updates 2019”' }),
    ).toBeInTheDocument();
    const stored = (await storage.repository.get('eia-1'))!.assessment;
    expect(stored.status).toBe('returned');
    expect(stored.comments.map((c) => c.body)).toEqual(['Which age groups?']);
    expect((await storage.repository.listSummaries()).total).toBe(1);
    expect((await storage.repository.listSnapshots('eia-1')).map((s) => s.reason)).toContain('before-import');
  });

  it('keeps both copies, named, when both people changed answers, and loses nothing', async () => {
    const storage = await roundTrip({ assessorEdits: true, reviewerEdits: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Continue importing' }));

    expect(await screen.findByRole('heading', { name: 'Both copies kept' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('changed both in this browser and in the file');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '(“Social media guidance updates 2019 (copy from the file)”)',
    );
    const here = screen.getByRole('link', {
      name: 'Social media guidance updates 2019: the copy in this browser',
    });
    const copy = screen.getByRole('link', {
      name: 'Social media guidance updates 2019: the copy from the file',
    });
    const copyId = decodeURIComponent(copy.getAttribute('href')!)
      .split('/')
      .find((p) => p.length === 36)!;
    expect(here).toHaveAttribute('href', expect.stringContaining('eia-1'));

    const mine = (await storage.repository.get('eia-1'))!.assessment;
    const theirs = (await storage.repository.get(copyId))!.assessment;
    expect(mine.answers.age).toBe('The assessor’s new text.');
    expect(mine.comments.map((c) => c.body)).toEqual(['Which age groups?']);
    expect(theirs.answers.race).toBe('The reviewer’s text.');
    expect(theirs.status).toBe('returned');
    expect((await storage.repository.listSummaries()).total).toBe(2);
  });

  it('still lets the user replace instead', async () => {
    const storage = await roundTrip({ assessorEdits: true });
    await userEvent.click(await screen.findByLabelText('Replace it with the one from the file'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue importing' }));
    expect(await screen.findByText('Imported 1 assessment')).toBeInTheDocument();
    expect((await storage.repository.get('eia-1'))!.assessment.answers.age).not.toBe(
      'The assessor’s new text.',
    );
  });
});
