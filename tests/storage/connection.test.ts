import { afterEach, describe, expect, it } from 'vitest';
import { watchConnection } from '@/storage/connection.ts';
import { createDraftSession, type DraftSession } from '@/storage/draft-session.ts';
import { buildAssessment } from '../builders.ts';
import { freshRepository } from './support.ts';

const sessions: DraftSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.stop()));
});

describe('connection.flushAll', () => {
  it('stores the text every open draft has not yet saved, at once (before the app reloads into a new version)', async () => {
    const repo = freshRepository();
    const first = buildAssessment({ id: 'first' });
    const second = buildAssessment({ id: 'second' });
    await repo.create(first);
    await repo.create(second);
    const connection = watchConnection(repo.db);
    for (const a of [first, second]) {
      const session = createDraftSession({
        id: a.id,
        repository: repo,
        connection,
        pageLifecycle: false,
        // Far longer than the test: only flushAll can store the text.
        autosaveDelayMs: 60_000,
      });
      sessions.push(session);
      await session.start();
      session.onAnswersChange({ ...a.answers, age: `typed in ${a.id}, not yet saved` });
    }

    await expect(connection.flushAll()).resolves.toBe(true);

    for (const a of [first, second]) {
      expect((await repo.get(a.id))?.assessment.answers.age).toBe(`typed in ${a.id}, not yet saved`);
    }
  });

  it('resolves true when nothing is open', async () => {
    const repo = freshRepository();
    await expect(watchConnection(repo.db).flushAll()).resolves.toBe(true);
  });
});
