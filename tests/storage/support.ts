import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { EiaDatabase } from '@/storage/db.ts';
import { createRepository, type Repository } from '@/storage/repository.ts';

// Dexie's liveQuery reads its global dependencies (captured when Dexie loaded, before any fake existed).
Object.assign(Dexie.dependencies, { indexedDB, IDBKeyRange });

/** A controllable clock: starts at `start`, moves only when told. */
export function testClock(start = '2026-01-05T10:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
    iso: () => new Date(now).toISOString(),
  };
}

/** A repository on a brand-new fake IndexedDB database (one per test). */
export function freshRepository(
  options: { now?: () => Date; tabId?: string; name?: string } = {},
): Repository {
  const db = testDatabase(options.name ?? `test-${crypto.randomUUID()}`);
  return createRepository(db, { tabId: options.tabId ?? 'tab-a', now: options.now ?? (() => new Date()) });
}

/** A second tab on the same database. */
export function otherTab(repository: Repository, tabId = 'tab-b'): Repository {
  return createRepository(testDatabase(repository.db.name), { tabId, now: repository.now });
}

/** The app's database class on fake-indexeddb (passed explicitly, so import order does not matter). */
export function testDatabase(name: string): EiaDatabase {
  return new EiaDatabase(name, { indexedDB, IDBKeyRange });
}
