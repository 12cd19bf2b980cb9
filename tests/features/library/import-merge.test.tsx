import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
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
async function roundTrip(
  options: { assessorEdits?: boolean; reviewerEdits?: boolean; assessorEditsRace?: boolean } = {},
) {
  const storage = testStorage();
  const start = buildExampleAssessment({ id: 'eia-1' });
  const sent = ok(sendForReview(start, { by: 'Ann Assessor', now: new Date('2026-03-02T10:00:00Z') }));
  await storage.repository.create(start);
  await storage.repository.save(sent, 1);
  if (options.assessorEdits) {
    await storage.repository.save(
      {
        ...sent,
        answers: {
          ...sent.answers,
          age: 'The assessor’s new text.',
          ...(options.assessorEditsRace ? { race: 'The assessor’s race text.' } : {}),
        },
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

// The import screens (file checks, the choice for an assessment already here, the side-by-side comparison)
// load on demand in the app; load them once before the tests, so no step waits on compiling them.
beforeAll(() =>
  Promise.all([
    import('@/storage/files/import-files.ts'),
    import('@/features/library/import-choice.tsx'),
    import('@/features/library/answer-comparison.tsx'),
  ]),
);

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

  it('shows an answer the file changed beside the one here, and stores nothing until the person continues', async () => {
    const storage = await roundTrip({ assessorEdits: true, reviewerEdits: true });
    const race = await screen.findByRole('group', { name: /^Race/ });
    // The word-by-word comparison is loaded on demand.
    await waitFor(() => expect(race).toHaveTextContent('Theirs (in the file)'));
    expect(race).toHaveTextContent('Yours (in this browser)');
    expect(race.querySelector('ins')).toHaveTextContent(/reviewer’s/);
    expect(race.querySelector('del')).not.toBeNull();
    // Only the file changed Race since it was sent: theirs is chosen to start with; Age (changed only
    // here) is not asked about.
    expect(screen.getByRole('radio', { name: 'Keep theirs' })).toBeChecked();
    expect(screen.queryByRole('group', { name: /^Age/ })).not.toBeInTheDocument();
    expect((await storage.repository.get('eia-1'))!.assessment.status).toBe('ready-for-review');

    await userEvent.click(screen.getByRole('radio', { name: 'Keep yours' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue importing' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 answer kept as it is here');
    expect(screen.queryByText('Both copies kept')).not.toBeInTheDocument();

    const mine = (await storage.repository.get('eia-1'))!.assessment;
    expect(mine.status).toBe('returned');
    expect(mine.answers.age).toBe('The assessor’s new text.');
    expect(mine.answers.race).not.toBe('The reviewer’s text.');
    expect(mine.comments.map((c) => c.body)).toEqual(['Which age groups?']);
    expect((await storage.repository.listSummaries()).total).toBe(1);
    const kept = await storage.repository.listSnapshots('eia-1');
    expect(kept.find((s) => s.reason === 'from-file')?.assessment.answers.race).toBe('The reviewer’s text.');
  });

  it('records the reviewer’s change to an answer when the person keeps theirs', async () => {
    const storage = await roundTrip({ assessorEdits: true, reviewerEdits: true });
    await screen.findByRole('group', { name: /^Race/ });
    await userEvent.click(screen.getByRole('button', { name: 'Continue importing' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '1 answer taken from the file (changed by Rita Reviewer).',
    );
    const mine = (await storage.repository.get('eia-1'))!.assessment;
    expect(mine.answers.race).toBe('The reviewer’s text.');
    expect(mine.answerChanges).toMatchObject([{ questionId: 'race', by: 'Rita Reviewer', role: 'reviewer' }]);
  });

  it('asks for a choice where both people changed the same answer', async () => {
    const storage = await roundTrip({ assessorEdits: true, reviewerEdits: true, assessorEditsRace: true });
    const race = await screen.findByRole('group', { name: /^Race/ });
    expect(race).toHaveTextContent('Changed both in the file and here');
    await userEvent.click(screen.getByRole('button', { name: 'Continue importing' }));
    expect(
      await screen.findByRole('link', { name: /keep their answer or yours to “Race”/ }),
    ).toBeInTheDocument();
    expect((await storage.repository.get('eia-1'))!.assessment.status).toBe('ready-for-review');
    await userEvent.click(screen.getByRole('radio', { name: 'Keep theirs' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue importing' }));
    await screen.findByText(/was added to the assessment already in this browser/);
    expect((await storage.repository.get('eia-1'))!.assessment.answers.race).toBe('The reviewer’s text.');
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
