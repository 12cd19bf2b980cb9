import { watchConnection, type ConnectionWatch } from './connection.ts';
import { DB_NAME, EiaDatabase } from './db.ts';
import { createRepository, type Repository } from './repository.ts';
import { defaultLockManager, type LockManagerLike } from './tab-lock.ts';

/** Everything the screens need from storage: the repository, the connection's health and the tab locks. */
export type AppStorage = {
  repository: Repository;
  connection: ConnectionWatch;
  locks: LockManagerLike | null;
};

export function createAppStorage(
  db: EiaDatabase,
  options: { tabId?: string; now?: () => Date; locks?: LockManagerLike | null } = {},
): AppStorage {
  return {
    repository: createRepository(db, options),
    connection: watchConnection(db),
    locks: options.locks === undefined ? defaultLockManager() : options.locks,
  };
}

let appStorage: AppStorage | null = null;

/** The app's storage on the database named DB_NAME, created on first use. */
export function getAppStorage(): AppStorage {
  appStorage ??= createAppStorage(new EiaDatabase(DB_NAME));
  return appStorage;
}

let templatesLearnt: Promise<void> | undefined;

/**
 * Resolves when the app has learnt every template stored in this browser (once per page load; a failure
 * is not fatal: assessments written on a template it could not read say their template is missing). The
 * pages that read templates wait for it before their first render (app/lazy-pages.tsx); the home page
 * does not, so its first screen never waits for the templates table.
 */
export function storedTemplatesLearnt(): Promise<void> {
  templatesLearnt ??= getAppStorage()
    .repository.loadTemplates()
    .then(
      () => undefined,
      () => undefined,
    );
  return templatesLearnt;
}
