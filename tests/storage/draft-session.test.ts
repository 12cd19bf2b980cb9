import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { type Assessment } from '@schemas/assessment.ts';
import { watchConnection } from '@/storage/connection.ts';
import { createDraftSession, type DraftSession } from '@/storage/draft-session.ts';
import { type Repository } from '@/storage/repository.ts';
import { buildAssessment } from '../builders.ts';
import { fakeLockManager } from './fake-locks.ts';
import { freshRepository, otherTab } from './support.ts';

const sessions: DraftSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.stop()));
});

async function open(
  repository: Repository,
  id: string,
  extra: Partial<Parameters<typeof createDraftSession>[0]> = {},
) {
  const session = createDraftSession({ id, repository, pageLifecycle: false, autosaveDelayMs: 20, ...extra });
  sessions.push(session);
  await session.start();
  return session;
}

const withAge = (a: Assessment, age: string) => ({ ...a.answers, age });
const stored = async (repo: Repository, id: string) => (await repo.get(id))?.assessment;

describe('draft session', () => {
  it('loads an assessment and stores what is typed', async () => {
    const repo = freshRepository();
    const a = buildAssessment();
    await repo.create(a);
    const session = await open(repo, a.id);
    expect(session.getSnapshot()).toMatchObject({ state: 'ready', loadKey: `${a.id}#1`, readOnly: false });
    session.onAnswersChange(withAge(a, 'Older staff may use social media less.'));
    await waitFor(async () =>
      expect((await stored(repo, a.id))?.answers.age).toBe('Older staff may use social media less.'),
    );
    expect(session.saveStatus.getStatus().state).toBe('saved');
    expect(session.getSnapshot().loadKey).toBe(`${a.id}#1`);
  });

  it('says when the assessment does not exist', async () => {
    const session = await open(freshRepository(), 'nope');
    expect(session.getSnapshot().state).toBe('missing');
  });

  it('stores pending text when stopped (leaving the page)', async () => {
    const repo = freshRepository();
    const a = buildAssessment();
    await repo.create(a);
    const session = await open(repo, a.id, { autosaveDelayMs: 60_000 });
    session.onCompletedSectionsChange(['overview']);
    session.onAnswersChange(withAge(a, 'typed then closed'));
    await session.stop();
    expect((await stored(repo, a.id))?.answers.age).toBe('typed then closed');
    expect((await stored(repo, a.id))?.completedSections).toEqual(['overview']);
  });

  it('issues the last-moment save synchronously when the page goes away, then carries on normally', async () => {
    const repo = freshRepository();
    const a = buildAssessment();
    await repo.create(a);
    const session = await open(repo, a.id, { autosaveDelayMs: 60_000 });
    session.onAnswersChange(withAge(a, 'typed just before the tab closed'));
    expect(session.saveAtOnce()).toBe(true);
    expect(session.saveStatus.hasUnsavedChanges()).toBe(false);
    await waitFor(async () =>
      expect((await stored(repo, a.id))?.answers.age).toBe('typed just before the tab closed'),
    );
    session.onAnswersChange(withAge(a, 'and more after coming back'));
    expect(await session.saveStatus.flush()).toBe(true);
    expect((await stored(repo, a.id))?.answers.age).toBe('and more after coming back');
  });

  it('puts the text in history instead of over another tab’s newer text when the page goes away', async () => {
    const tabA = freshRepository({ tabId: 'A' });
    const tabB = otherTab(tabA, 'B');
    const a = buildAssessment();
    await tabA.create(a);
    const session = await open(tabA, a.id, { autosaveDelayMs: 60_000 });
    session.onAnswersChange(withAge(a, 'mine, unsaved'));
    await tabB.save({ ...a, answers: withAge(a, 'theirs, newer'), updatedAt: new Date().toISOString() }, 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(session.saveAtOnce()).toBe(true);
    await waitFor(async () =>
      expect((await tabA.listSnapshots(a.id)).map((s) => s.assessment.answers.age)).toContain(
        'mine, unsaved',
      ),
    );
    expect((await stored(tabA, a.id))?.answers.age).toBe('theirs, newer');
  });

  it('stores a status change at once and keeps it in history', async () => {
    const repo = freshRepository();
    const a = buildAssessment();
    await repo.create(a);
    const session = await open(repo, a.id);
    expect(await session.update((x) => ({ ...x, status: 'ready-for-review' }))).toBe(true);
    expect((await stored(repo, a.id))?.status).toBe('ready-for-review');
    expect((await repo.listSnapshots(a.id))[0]?.reason).toBe('status-change');
  });

  describe('in two tabs with Web Locks', () => {
    it('opens the second tab read-only, and it can take over without losing the first tab’s text', async () => {
      const locks = fakeLockManager();
      const tabA = freshRepository({ tabId: 'A' });
      const tabB = otherTab(tabA, 'B');
      const a = buildAssessment();
      await tabA.create(a);
      const first = await open(tabA, a.id, { locks, autosaveDelayMs: 60_000 });
      const second = await open(tabB, a.id, { locks });
      expect(second.getSnapshot()).toMatchObject({ readOnly: true, readOnlyReason: 'open-in-another-tab' });

      second.onAnswersChange(withAge(a, 'ignored: read-only'));
      first.onAnswersChange(withAge(a, 'typed in the first tab'));
      await second.takeOver();
      await waitFor(() => expect(first.getSnapshot().readOnlyReason).toBe('taken-over'));
      await waitFor(() =>
        expect(second.getSnapshot().assessment?.answers.age).toBe('typed in the first tab'),
      );
      expect(second.getSnapshot().readOnly).toBe(false);

      second.onAnswersChange(withAge(a, 'now typed in the second tab'));
      await waitFor(async () =>
        expect((await stored(tabA, a.id))?.answers.age).toBe('now typed in the second tab'),
      );
      await waitFor(() =>
        expect(first.getSnapshot().assessment?.answers.age).toBe('now typed in the second tab'),
      );
    });

    it('lets the read-only tab edit by itself when the editing tab closes', async () => {
      const locks = fakeLockManager();
      const tabA = freshRepository({ tabId: 'A' });
      const tabB = otherTab(tabA, 'B');
      const a = buildAssessment();
      await tabA.create(a);
      const first = await open(tabA, a.id, { locks });
      const second = await open(tabB, a.id, { locks });
      first.onAnswersChange(withAge(a, 'last words of tab A'));
      await first.stop();
      await waitFor(() =>
        expect(second.getSnapshot()).toMatchObject({ readOnly: false, notice: 'now-editable' }),
      );
      expect(second.getSnapshot().assessment?.answers.age).toBe('last words of tab A');
    });
  });

  it('opens editable when the session holding the lock is closing (StrictMode remount, quick route change)', async () => {
    const locks = fakeLockManager();
    const repo = freshRepository();
    const a = buildAssessment();
    await repo.create(a);
    const closing = await open(repo, a.id, { locks });
    const opening = createDraftSession({ id: a.id, repository: repo, locks, pageLifecycle: false });
    sessions.push(opening);
    const started = opening.start();
    await closing.stop();
    await started;
    expect(opening.getSnapshot()).toMatchObject({ state: 'ready', readOnly: false, readOnlyReason: null });
  });

  describe('in two tabs without Web Locks', () => {
    /** Tab B has 'from B' unsaved while tab A has already stored 'from A' over the same assessment. */
    async function tabBWithOlderText() {
      const tabA = freshRepository({ tabId: 'A' });
      const tabB = otherTab(tabA, 'B');
      const a = buildAssessment();
      await tabA.create(a);
      const first = await open(tabA, a.id);
      const second = await open(tabB, a.id, { autosaveDelayMs: 60_000 });
      second.onAnswersChange(withAge(a, 'from B'));
      first.onAnswersChange(withAge(a, 'from A'));
      await waitFor(async () => expect((await stored(tabA, a.id))?.answers.age).toBe('from A'));
      return { tabA, a, second };
    }

    it('refuses to overwrite the other tab’s newer text and lets the user choose, keeping both', async () => {
      const { tabA, a, second } = await tabBWithOlderText();

      expect(await second.saveStatus.flush()).toBe(false);
      const status = second.saveStatus.getStatus();
      expect(status.state === 'failed' && status.failure.kind).toBe('conflict');
      expect((await stored(tabA, a.id))?.answers.age).toBe('from A');
      expect(second.current()?.answers.age).toBe('from B');

      await second.resolveConflict('keep-mine');
      expect((await stored(tabA, a.id))?.answers.age).toBe('from B');
      expect((await tabA.listSnapshots(a.id)).map((s) => s.assessment.answers.age)).toContain('from A');
    });

    it('keeps what is typed while "keep mine" is being stored', async () => {
      const { tabA, a, second } = await tabBWithOlderText();
      expect(await second.saveStatus.flush()).toBe(false);

      const choosing = second.resolveConflict('keep-mine');
      second.onAnswersChange(withAge(a, 'from B, and more typed meanwhile'));
      await choosing;
      expect(second.current()?.answers.age).toBe('from B, and more typed meanwhile');
      expect(second.saveStatus.hasUnsavedChanges()).toBe(true);
      await second.saveStatus.flush();
      expect((await stored(tabA, a.id))?.answers.age).toBe('from B, and more typed meanwhile');
    });

    it('reloads quietly when another tab saved and this one has nothing unsaved', async () => {
      const tabA = freshRepository({ tabId: 'A' });
      const tabB = otherTab(tabA, 'B');
      const a = buildAssessment();
      await tabA.create(a);
      const first = await open(tabA, a.id);
      const second = await open(tabB, a.id);
      first.onAnswersChange(withAge(a, 'written in A'));
      await waitFor(() =>
        expect(second.getSnapshot()).toMatchObject({ loadKey: `${a.id}#2`, notice: 'reloaded' }),
      );
      expect(second.getSnapshot().assessment?.answers.age).toBe('written in A');
      second.onAnswersChange(withAge(a, 'then B carries on'));
      await waitFor(async () => expect((await stored(tabA, a.id))?.answers.age).toBe('then B carries on'));
    });
  });

  it('shows a version restored from History in this same tab, and keeps typing on top of it', async () => {
    const repo = freshRepository();
    const a = buildAssessment({ answers: { age: 'first version' } });
    await repo.create(a);
    const session = await open(repo, a.id);
    session.onAnswersChange(withAge(a, 'second version'));
    await waitFor(async () => expect((await stored(repo, a.id))?.answers.age).toBe('second version'));
    const [older] = (await repo.listSnapshots(a.id)).filter(
      (s) => s.assessment.answers.age === 'first version',
    );
    expect(older).toBeDefined();

    await repo.restoreSnapshot(a.id, older!.id);
    await waitFor(() => expect(session.getSnapshot().assessment?.answers.age).toBe('first version'));

    session.onAnswersChange(withAge(a, 'first version, edited after the restore'));
    await waitFor(async () =>
      expect((await stored(repo, a.id))?.answers.age).toBe('first version, edited after the restore'),
    );
    expect(session.saveStatus.getStatus().state).toBe('saved');
  });

  it('stores pending text, closes and turns read-only when another tab upgrades the database', async () => {
    const repo = freshRepository();
    const a = buildAssessment();
    await repo.create(a);
    const connection = watchConnection(repo.db);
    const session = await open(repo, a.id, { connection, autosaveDelayMs: 60_000 });
    session.onAnswersChange(withAge(a, 'typed before the upgrade'));

    const newer = new Dexie(repo.db.name, { indexedDB, IDBKeyRange });
    newer.version(repo.db.verno + 1).stores({ assessments: '&id' });
    await newer.open();
    await waitFor(() => expect(session.getSnapshot().readOnlyReason).toBe('stale'));
    expect(connection.getState()).toBe('stale');
    const row = await newer.table('assessments').get(a.id);
    expect(row.assessment.answers.age).toBe('typed before the upgrade');
    newer.close();
  });
});
