import { describe, expect, it } from 'vitest';
import { type Assessment } from '@schemas/assessment.ts';
import { SNAPSHOT_INTERVAL_MS } from '@/storage/context.ts';
import { ConflictError, MissingError, RefusedError } from '@/storage/storage-errors.ts';
import { buildAssessment, buildExampleAssessment } from '../builders.ts';
import { freshRepository, otherTab, testClock } from './support.ts';

const edit = (a: Assessment, answers: Assessment['answers'], at: string): Assessment => ({
  ...a,
  answers: { ...a.answers, ...answers },
  updatedAt: at,
});

describe('repository: assessments', () => {
  it('keeps every answer of a saved assessment when it is read back', async () => {
    const repo = freshRepository();
    const example = buildExampleAssessment();
    await repo.create(example);
    const loaded = await repo.get(example.id);
    expect(loaded?.assessment).toEqual(example);
    expect(loaded?.writeVersion).toBe(1);
  });

  it('saves a change and updates the library row in the same write', async () => {
    const clock = testClock();
    const repo = freshRepository({ now: clock.now });
    const a = buildAssessment();
    await repo.create(a);
    const version = await repo.save(edit(a, { projectTitle: 'Flexible working policy' }, clock.iso()), 1);
    expect(version).toBe(2);
    expect((await repo.get(a.id))?.assessment.answers.projectTitle).toBe('Flexible working policy');
    const page = await repo.listSummaries();
    expect(page.rows.map((r) => r.title)).toEqual(['Flexible working policy']);
  });

  it('refuses a save that would overwrite text written by another tab, and keeps that text', async () => {
    const clock = testClock();
    const tabA = freshRepository({ now: clock.now });
    const tabB = otherTab(tabA);
    const a = buildAssessment();
    await tabA.create(a);
    await tabB.save(edit(a, { age: 'Written in tab B' }, clock.iso()), 1);
    const refused = tabA.save(edit(a, { age: 'Written in tab A' }, clock.iso()), 1);
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    expect((await tabA.get(a.id))?.assessment.answers.age).toBe('Written in tab B');
  });

  it('keeps both texts when a conflict is resolved either way', async () => {
    const clock = testClock();
    const tabA = freshRepository({ now: clock.now });
    const tabB = otherTab(tabA);
    const a = buildAssessment();
    await tabA.create(a);
    await tabB.save(edit(a, { age: 'From B' }, clock.iso()), 1);
    const mine = edit(a, { age: 'From A' }, clock.iso());

    const kept = await tabA.resolveConflict(mine, 'keep-mine');
    expect(kept.assessment.answers.age).toBe('From A');
    expect((await tabA.get(a.id))?.assessment.answers.age).toBe('From A');
    const history = await tabA.listSnapshots(a.id);
    expect(history.map((s) => s.assessment.answers.age)).toContain('From B');

    const theirs = await tabB.resolveConflict(edit(a, { age: 'From B again' }, clock.iso()), 'use-theirs');
    expect(theirs.assessment.answers.age).toBe('From A');
    expect((await tabB.listSnapshots(a.id)).map((s) => s.assessment.answers.age)).toContain('From B again');
  });

  it('refuses to save an assessment that was moved to the bin meanwhile', async () => {
    const repo = freshRepository();
    const a = buildAssessment();
    await repo.create(a);
    await repo.moveToBin(a.id);
    await expect(repo.save(edit(a, { age: 'late' }, a.updatedAt), 1)).rejects.toBeInstanceOf(MissingError);
  });

  it('makes a copy that starts from the answers but is a new draft', async () => {
    const repo = freshRepository();
    const original = buildExampleAssessment({
      status: 'agreed',
      completedSections: ['overview'],
      answers: { ...buildExampleAssessment().answers, dateAgreed: { day: '11', month: '9', year: '2019' } },
    });
    await repo.create(original);
    const copy = await repo.copy(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy.status).toBe('draft');
    expect(copy.answers.projectTitle).toBe('Copy of Social media guidance updates 2019');
    expect(copy.answers.age).toBe(original.answers.age);
    expect(copy.answers.dateAgreed).toEqual({ day: '', month: '', year: '' });
    expect(copy.comments).toEqual([]);
    expect((await repo.get(copy.id))?.assessment).toEqual(copy);
  });

  it('keeps the language of the assessment it copies', async () => {
    const repo = freshRepository();
    const original = buildExampleAssessment({ language: 'cy' });
    await repo.create(original);
    expect((await repo.copy(original.id)).language).toBe('cy');
  });
});

describe('repository: history', () => {
  it('keeps a snapshot when the status changes', async () => {
    const clock = testClock();
    const repo = freshRepository({ now: clock.now });
    const a = buildAssessment({ answers: { projectTitle: 'Pay policy' } });
    await repo.create(a);
    await repo.save({ ...a, status: 'ready-for-review', updatedAt: clock.iso() }, 1);
    const [snapshot] = await repo.listSnapshots(a.id);
    expect(snapshot).toMatchObject({ reason: 'status-change', detail: 'ready-for-review' });
    expect(snapshot?.assessment.status).toBe('ready-for-review');
  });

  it('keeps the earlier version at intervals while the assessment is edited', async () => {
    const clock = testClock();
    const repo = freshRepository({ now: clock.now });
    const a = buildAssessment({ answers: { age: 'v1' } });
    await repo.create(a);
    let current = a;
    let version = 1;
    for (const text of ['v2', 'v3', 'v4']) {
      clock.advance(1000);
      current = edit(current, { age: text }, clock.iso());
      version = await repo.save(current, version);
    }
    expect((await repo.listSnapshots(a.id)).map((s) => s.assessment.answers.age)).toEqual(['v1']);
    clock.advance(SNAPSHOT_INTERVAL_MS);
    current = edit(current, { age: 'v5' }, clock.iso());
    await repo.save(current, version);
    const history = await repo.listSnapshots(a.id);
    expect(history.map((s) => s.assessment.answers.age)).toEqual(['v4', 'v1']);
    expect(history[0]?.reason).toBe('while-editing');
  });

  it('restores a snapshot and can undo the restore', async () => {
    const clock = testClock();
    const repo = freshRepository({ now: clock.now });
    const a = buildAssessment({ answers: { age: 'original text' } });
    await repo.create(a);
    clock.advance(1000);
    await repo.save(edit(a, { age: 'rewritten text' }, clock.iso()), 1);
    const [original] = await repo.listSnapshots(a.id);
    clock.advance(1000);
    const { undoSnapshotId } = await repo.restoreSnapshot(a.id, original!.id);
    expect((await repo.get(a.id))?.assessment.answers.age).toBe('original text');
    clock.advance(1000);
    await repo.restoreSnapshot(a.id, undoSnapshotId);
    expect((await repo.get(a.id))?.assessment.answers.age).toBe('rewritten text');
  });

  it('keeps status, comments and history as they are when restoring answers', async () => {
    const clock = testClock();
    const repo = freshRepository({ now: clock.now });
    const a = buildAssessment({ answers: { age: 'first' } });
    await repo.create(a);
    clock.advance(1000);
    const returned = { ...edit(a, { age: 'second' }, clock.iso()), status: 'returned' as const };
    await repo.save(returned, 1);
    const older = (await repo.listSnapshots(a.id)).find((s) => s.assessment.answers.age === 'first')!;
    await repo.restoreSnapshot(a.id, older.id);
    const now = (await repo.get(a.id))!.assessment;
    expect(now.answers.age).toBe('first');
    expect(now.status).toBe('returned');
  });

  it('refuses to restore answers into an agreed assessment', async () => {
    const clock = testClock();
    const repo = freshRepository({ now: clock.now });
    const a = buildAssessment({ answers: { age: 'x' } });
    await repo.create(a);
    await repo.save({ ...a, status: 'agreed', updatedAt: clock.iso() }, 1);
    const [snapshot] = await repo.listSnapshots(a.id);
    await expect(repo.restoreSnapshot(a.id, snapshot!.id)).rejects.toBeInstanceOf(RefusedError);
  });
});

describe('repository: bin', () => {
  it('moves an assessment to the bin and puts it back with every answer', async () => {
    const repo = freshRepository();
    const a = buildExampleAssessment();
    await repo.create(a);
    const entry = await repo.moveToBin(a.id);
    expect(entry.summary.title).toBe('Social media guidance updates 2019');
    expect(await repo.get(a.id)).toBeUndefined();
    expect((await repo.listSummaries()).total).toBe(0);
    expect((await repo.listBin()).entries.map((e) => e.id)).toEqual([a.id]);
    expect(await repo.restoreFromBin(a.id)).toBe(a.id);
    expect((await repo.get(a.id))?.assessment).toEqual(a);
    expect((await repo.listBin()).total).toBe(0);
  });

  it('deletes for good, with its history', async () => {
    const clock = testClock();
    const repo = freshRepository({ now: clock.now });
    const a = buildAssessment();
    await repo.create(a);
    await repo.save({ ...a, status: 'ready-for-review', updatedAt: clock.iso() }, 1);
    await repo.moveToBin(a.id);
    await repo.deleteForGood(a.id);
    expect((await repo.listBin()).total).toBe(0);
    expect(await repo.listSnapshots(a.id)).toEqual([]);
  });

  it('empties the bin', async () => {
    const repo = freshRepository();
    for (const id of ['a', 'b', 'c']) {
      await repo.create(buildAssessment({ id }));
      await repo.moveToBin(id);
    }
    await repo.create(buildAssessment({ id: 'kept' }));
    expect(await repo.emptyBin()).toBe(3);
    expect((await repo.listBin()).total).toBe(0);
    expect((await repo.listSummaries()).total).toBe(1);
  });
});

describe('repository: settings', () => {
  it('remembers the last backup and the persistence answer', async () => {
    const repo = freshRepository();
    expect(await repo.getSetting('lastBackupAt')).toBeNull();
    await repo.setSetting('lastBackupAt', '2026-01-05T10:00:00.000Z');
    await repo.setSetting('persistence', 'granted');
    expect(await repo.getSetting('lastBackupAt')).toBe('2026-01-05T10:00:00.000Z');
    expect(await repo.getSetting('persistence')).toBe('granted');
  });
});
