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
