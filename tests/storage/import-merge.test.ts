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
    /**
     * As the import page does: without `decisions`, the file's answer is kept where only the file changed
     * it (the page's preselection) and any other difference is left undecided.
     */
    async importFile(
      file: Assessment,
      choice: 'merge' | 'replace' | 'keep-both' = 'merge',
      decisions?: Record<string, 'theirs' | 'yours'>,
    ) {
      clock.advance(60_000);
      const conflicts = await repo.findImportConflicts([file]);
      const preselected = Object.fromEntries(
        (conflicts[0]?.differences ?? [])
          .filter((d) => d.changed === 'theirs')
          .map((d) => [d.questionId, 'theirs' as const]),
      );
      const result = await repo.importAssessmentsWithOutcome(
        [file],
        conflicts.length ? { [file.id]: choice } : {},
        undefined,
        { [file.id]: decisions ?? preselected },
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

    const { conflicts, result } = await assessor.importFile(returned);
    expect(conflicts[0]?.differences).toEqual([]);
    expect(result.merge).toMatchObject({ kind: 'merged', taken: [] });
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

    const { conflicts, result } = await reviewer.importFile(resent);
    expect(conflicts[0]?.differences).toMatchObject([
      { questionId: 'age', changed: 'theirs', theirs: 'Over-65s use it least.' },
    ]);
    expect(result.merge).toMatchObject({ kind: 'merged', taken: ['age'] });
    const theirs = await reviewer.current('eia-1');
    expect(theirs.answerChanges).toMatchObject([{ questionId: 'age', by: 'Ann Assessor', role: 'assessor' }]);
    expect(theirs.answers.age).toBe('Over-65s use it least.');
    expect(theirs.status).toBe('ready-for-review');
    expect(theirs.comments[0]?.replies.map((r) => r.body)).toEqual(['Added.']);
    expect(theirs.comments[0]?.resolvedBy).toBe('Ann Assessor');
  });

  async function bothChanged() {
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
    return { assessor, returned, sentRace: sent.answers.race };
  }

  it('keeps ONE record, Returned with the reasons, when both people changed answers, with the one chosen', async () => {
    const { assessor, returned, sentRace } = await bothChanged();
    const { conflicts, result } = await assessor.importFile(returned, 'merge', { race: 'theirs' });
    // Only the answer the file brings changed is asked about; the assessor's own edit is not.
    expect(conflicts[0]?.differences.map((d) => [d.questionId, d.changed])).toEqual([['race', 'theirs']]);
    expect(result.id).toBe('eia-1');
    const here = await assessor.current('eia-1');
    expect(here.status).toBe('returned');
    expect(here.statusHistory.at(-1)).toMatchObject({ by: 'Rita Reviewer', note: 'Age is thin.' });
    expect(here.answers.age).toBe('Assessor wrote this.');
    expect(here.answers.race).toBe('Reviewer wrote this.');
    expect(here.comments).toHaveLength(1);
    expect(here.answerChanges).toMatchObject([
      { questionId: 'race', by: 'Rita Reviewer', role: 'reviewer', previous: sentRace },
    ]);
    const library = await assessor.repo.listSummaries();
    expect(library.rows.map((s) => s.id)).toEqual(['eia-1']);
    expect(await snapshotsOf(assessor.repo, 'eia-1')).toContain('before-import');
    expect(await snapshotsOf(assessor.repo, 'eia-1')).not.toContain('from-file');
  });

  it('keeps the file’s copy in History when the person keeps their own answer', async () => {
    const { assessor, returned, sentRace } = await bothChanged();
    await assessor.importFile(returned, 'merge', { race: 'yours' });
    const here = await assessor.current('eia-1');
    expect(here.status).toBe('returned');
    expect(here.answers.race).toBe(sentRace);
    expect(here.answerChanges).toEqual([]);
    const [fromFile] = (await assessor.repo.listSnapshots('eia-1')).filter((s) => s.reason === 'from-file');
    expect(fromFile?.assessment.answers.race).toBe('Reviewer wrote this.');
  });

  it('stores nothing when an answer the file brings changed has no decision', async () => {
    const { assessor, returned } = await bothChanged();
    const before = await assessor.current('eia-1');
    await expect(assessor.importFile(returned, 'merge', {})).rejects.toThrow(/Import the file again/);
    expect(await assessor.current('eia-1')).toEqual(before);
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
