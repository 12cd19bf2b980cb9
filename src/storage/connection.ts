import { type EiaDatabase } from './db.ts';

/**
 * The health of this tab's connection to the database, as a small external store.
 *  - 'stale':   another tab opened a newer version of EIA Builder and needs to upgrade the database. This tab
 *               stores what it has pending (flushers below), closes its connection so the upgrade can go on,
 *               and asks the user to reload. It never keeps failing silently.
 *  - 'blocked': THIS tab wants to upgrade but an older tab is still open; the user is asked to close it.
 */
export type ConnectionState = 'open' | 'stale' | 'blocked';

const FLUSH_TIMEOUT_MS = 2000;

export function watchConnection(db: EiaDatabase) {
  let state: ConnectionState = 'open';
  const listeners = new Set<() => void>();
  const flushers = new Set<() => Promise<unknown>>();
  const set = (next: ConnectionState) => {
    state = next;
    listeners.forEach((l) => l());
  };

  db.on('versionchange', () => {
    const flushes = [...flushers].map((f) => f().catch(() => undefined));
    const timeout = new Promise((r) => setTimeout(r, FLUSH_TIMEOUT_MS));
    void Promise.race([Promise.all(flushes), timeout]).then(() => {
      db.close({ disableAutoOpen: true });
      set('stale');
    });
    return false; // Dexie's default would close at once and silently reopen later.
  });
  db.on('blocked', () => {
    if (state === 'open') set('blocked');
  });
  db.on('ready', () => {
    if (state === 'blocked') set('open');
  });

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Registers "store what is pending now"; run before the connection closes for an upgrade. */
    registerFlusher(flush: () => Promise<unknown>) {
      flushers.add(flush);
      return () => flushers.delete(flush);
    },
    /**
     * Stores what every open draft has pending, now (before the page reloads into a new version of the app).
     * Resolves true when everything was stored; a failed write stays pending (and is tried again on pagehide).
     */
    async flushAll(): Promise<boolean> {
      const results = await Promise.all([...flushers].map((f) => f().then(Boolean, () => false)));
      return results.every(Boolean);
    },
  };
}

export type ConnectionWatch = ReturnType<typeof watchConnection>;
