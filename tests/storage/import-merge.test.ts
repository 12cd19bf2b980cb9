import { describe, expect, it } from 'vitest';
import { type Assessment } from '@schemas/assessment.ts';
import { addComment, replyToComment, resolveComment } from '@/domain/comments.ts';
import { returnToAssessor, sendForReview } from '@/domain/workflow.ts';
import { type Repository } from '@/storage/repository.ts';
import { buildAssessment, buildExampleAssessment } from '../builders.ts';
import { freshRepository, testClock } from './support.ts';

type Step = { ok: true; assessment: Assessment } | { ok: false; reason: string };

function ok(result: Step): Assessment {
  if (!result.ok) throw new Error(result.reason);
  return result.assessment;
}

/** One person's browser: a repository with its own database and a clock both people share. */
function browser(clock: ReturnType<typeof testClock>) {
  const repo = freshRepository({ now: clock.now });
  const versions = new Map<string, number>();
  return {
    repo,
    async save(next: Assessment) {
      clock.advance(60_000);
      const version = versions.get(next.id) ?? (await repo.get(next.id))!.writeVersion;
      versions.set(next.id, await repo.save(next, version));
    },
    async current(id: string) {
      const loaded = (await repo.get(id))!;
      versions.set(id, loaded.writeVersion);
      return loaded.assessment;
    },
    async importFile(file: Assessment, choice: 'merge' | 'replace' | 'keep-both' = 'merge') {
      clock.advance(60_000);
      const conflicts = await repo.findImportConflicts([file]);
      const result = await repo.importAssessmentsWithOutcome(
        [file],
        conflicts.length ? { [file.id]: choice } : {},
      );
      versions.delete(file.id);
      return { conflicts, result: result[0]! };
    },
  };
}

async function sentForReview(clock: ReturnType<typeof testClock>) {
  const assessor = browser(clock);
  const start = buildExampleAssessment({ id: 'eia-1' });
  await assessor.repo.create(start);
  await assessor.save(ok(sendForReview(start, { by: 'Ann Assessor', now: clock.now() })));
  return { assessor, sent: await assessor.current('eia-1') };
}

async function returnedWithComment(
  reviewer: ReturnType<typeof browser>,
  clock: ReturnType<typeof testClock>,
) {
  const here = await reviewer.current('eia-1');
  const commented = ok(
    addComment(here, {
      author: 'Rita Reviewer',
      role: 'reviewer',
      sectionId: 'section-1',
      questionId: 'age',
      body: 'Say which age groups use social media least.',
      now: clock.now(),
    }),
  );
  await reviewer.save(commented);
  await reviewer.save(
    ok(returnToAssessor(commented, { reviewer: 'Rita Reviewer', reasons: 'Age is thin.', now: clock.now() })),
  );
  return reviewer.current('eia-1');
}

async function snapshotsOf(repo: Repository, id: string) {
  return (await repo.listSnapshots(id)).map((s) => s.reason);
}

describe('importing a review round trip', () => {
  it('brings the reviewer’s comment and Returned status into the assessor’s copy, keeping its answers', async () => {
    const clock = testClock();
    const { assessor, sent } = await sentForReview(clock);
    const reviewer = browser(clock);
    await reviewer.importFile(sent);
    const returned = await returnedWithComment(reviewer, clock);

    const { conflicts, result } = await assessor.importFile(returned);
    expect(conflicts[0]).toMatchObject({ canMerge: true, where: 'library' });
    expect(result.merge).toMatchObject({ kind: 'merged' });
    expect(result.merge?.changes).toEqual(['Status is now Returned (by Rita Reviewer).', '1 new comment.']);
    const stored = await assessor.current('eia-1');
    expect(stored.status).toBe('returned');
    expect(stored.statusHistory.at(-1)).toMatchObject({ note: 'Age is thin.', by: 'Rita Reviewer' });
    expect(stored.comments.map((c) => c.body)).toEqual(['Say which age groups use social media least.']);
    expect(stored.answers).toEqual(sent.answers);
    expect(await snapshotsOf(assessor.repo, 'eia-1')).toContain('before-import');
    const [kept] = (await assessor.repo.listSnapshots('eia-1')).filter((s) => s.reason === 'before-import');
    expect(kept?.assessment.status).toBe('ready-for-review');
  });

  it('keeps the answers the assessor changed after sending when the reviewer only commented', async () => {
    const clock = testClock();
    const { assessor, sent } = await sentForReview(clock);
    const reviewer = browser(clock);
    await reviewer.importFile(sent);
    const returned = await returnedWithComment(reviewer, clock);
    const mine = await assessor.current('eia-1');
    await assessor.save({
      ...mine,
      answers: { ...mine.answers, age: 'Edited after sending.' },
      updatedAt: clock.iso(),
    });

    const { result } = await assessor.importFile(returned);
    expect(result.merge).toMatchObject({ kind: 'merged', contentFrom: 'local' });
    const stored = await assessor.current('eia-1');
    expect(stored.answers.age).toBe('Edited after sending.');
    expect(stored.comments).toHaveLength(1);
    expect(stored.status).toBe('returned');
  });

  it('takes the assessor’s fixed answers, reply and resolution into the reviewer’s copy on the second round', async () => {
    const clock = testClock();
    const { assessor, sent } = await sentForReview(clock);
    const reviewer = browser(clock);
    await reviewer.importFile(sent);
    const returned = await returnedWithComment(reviewer, clock);
    await assessor.importFile(returned);

    let mine = await assessor.current('eia-1');
    const commentId = mine.comments[0]!.id;
    mine = { ...mine, answers: { ...mine.answers, age: 'Over-65s use it least.' }, updatedAt: clock.iso() };
    mine = ok(
      replyToComment(mine, commentId, {
        author: 'Ann Assessor',
        role: 'assessor',
        body: 'Added.',
        now: clock.now(),
      }),
    );
    mine = ok(resolveComment(mine, commentId, { by: 'Ann Assessor', now: clock.now() }));
    await assessor.save(mine);
    await assessor.save(ok(sendForReview(mine, { by: 'Ann Assessor', now: clock.now() })));
    const resent = await assessor.current('eia-1');

    const { result } = await reviewer.importFile(resent);
    expect(result.merge).toMatchObject({ kind: 'merged', contentFrom: 'incoming' });
    const theirs = await reviewer.current('eia-1');
    expect(theirs.answers.age).toBe('Over-65s use it least.');
    expect(theirs.status).toBe('ready-for-review');
    expect(theirs.comments[0]?.replies.map((r) => r.body)).toEqual(['Added.']);
    expect(theirs.comments[0]?.resolvedBy).toBe('Ann Assessor');
  });

  it('keeps both copies, each with every comment, when both people changed answers: nothing of either side’s work is lost', async () => {
    const clock = testClock();
    const { assessor, sent } = await sentForReview(clock);
    const reviewer = browser(clock);
    await reviewer.importFile(sent);
    const theirs = await reviewer.current('eia-1');
    await reviewer.save({
      ...theirs,
      answers: { ...theirs.answers, race: 'Reviewer wrote this.' },
      updatedAt: clock.iso(),
    });
    const returned = await returnedWithComment(reviewer, clock);
    const mine = await assessor.current('eia-1');
    await assessor.save({
      ...mine,
      answers: { ...mine.answers, age: 'Assessor wrote this.' },
      updatedAt: clock.iso(),
    });

    const { result } = await assessor.importFile(returned);
    expect(result.merge).toMatchObject({ kind: 'conflict' });
    expect(result.localId).toBe('eia-1');
    expect(result.id).not.toBe('eia-1');
    const here = await assessor.current('eia-1');
    const copy = await assessor.current(result.id);
    expect(here.answers.age).toBe('Assessor wrote this.');
    expect(here.comments).toHaveLength(1);
    expect(copy.answers.race).toBe('Reviewer wrote this.');
    expect(copy.status).toBe('returned');
    expect(copy.comments).toHaveLength(1);
    expect(await snapshotsOf(assessor.repo, 'eia-1')).toContain('before-import');
    const library = await assessor.repo.listSummaries();
    expect(library.rows.map((s) => s.id).sort()).toEqual(['eia-1', result.id].sort());
  });

  it('does not offer a merge for a copy that shares no history, and refuses one into the bin', async () => {
    const clock = testClock();
    const person = browser(clock);
    const draft = buildAssessment({ id: 'eia-1' });
    await person.repo.create(draft);
    const unrelated: Assessment = {
      ...draft,
      statusHistory: [{ status: 'draft', at: '2026-02-01T09:00:00.000Z', by: '', note: '', revision: 1 }],
    };
    expect((await person.repo.findImportConflicts([unrelated]))[0]?.canMerge).toBe(false);
    expect((await person.repo.findImportConflicts([draft]))[0]?.canMerge).toBe(true);
    await person.repo.moveToBin('eia-1');
    expect((await person.repo.findImportConflicts([draft]))[0]).toMatchObject({
      where: 'bin',
      canMerge: false,
    });
    await expect(person.repo.importAssessments([draft], { 'eia-1': 'merge' })).rejects.toThrow('in the bin');
  });
});
