import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/**
 * New versions of the app, as a small external store. The service worker (vite-plugin-pwa's Workbox worker,
 * registered by service-worker.ts) precaches a new version in the background; this store then says
 * 'waiting' and the update banner offers "Reload". Nothing reloads by itself: not when the new version is
 * found, and not when another tab's "Reload" hands the new version control of this tab too.
 *
 * `reload()` first stores every open draft's pending text (connection.flushAll, the same writes a
 * hidden or closing page makes), then lets the waiting worker take over and reloads into the new version.
 */

export type UpdateState = 'current' | 'waiting' | 'reloading';

export type RegisterServiceWorker = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export type AppUpdates = {
  getState(): UpdateState;
  subscribe(listener: () => void): () => void;
  /** Registers the service worker (once). */
  start(): void;
  /** Stores every draft, then reloads into the waiting version. */
  reload(): Promise<void>;
};

/** Long enough for a save; a stuck write must not leave the button doing nothing (pagehide saves again). */
export const FLUSH_TIMEOUT_MS = 3000;
/** If the new worker has not taken over by then (it vanished, say), reload anyway. */
export const TAKEOVER_TIMEOUT_MS = 5000;
/** How often an open tab asks the server for a new version (browsers also check on every visit). */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export function createAppUpdates(deps: {
  register: RegisterServiceWorker;
  /** Stores what every open draft has pending. */
  flush: () => Promise<unknown>;
  reloadPage: () => void;
  isOnline?: () => boolean;
}): AppUpdates {
  const { register, flush, reloadPage, isOnline = () => navigator.onLine } = deps;
  let state: UpdateState = 'current';
  const listeners = new Set<() => void>();
  const set = (next: UpdateState) => {
    if (next === state) return;
    state = next;
    listeners.forEach((l) => l());
  };
  let activate: ((reloadPage?: boolean) => Promise<void>) | null = null;
  /** This tab asked for the new version (its own "Reload"). */
  let requested = false;
  /** The new version already controls this tab (another tab's "Reload"): a plain reload is enough. */
  let takenOverElsewhere = false;

  const reloadOnce = (() => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      reloadPage();
    };
  })();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (activate) return;
      activate = register({
        onNeedRefresh: () => set('waiting'),
        onNeedReload: () => {
          if (requested) return reloadOnce();
          takenOverElsewhere = true;
          if (state === 'current') set('waiting');
        },
        onRegisteredSW: (_url, registration) => {
          if (!registration) return;
          setInterval(() => {
            if (isOnline()) registration.update().catch(() => undefined);
          }, UPDATE_CHECK_INTERVAL_MS);
        },
      });
    },
    async reload() {
      if (state !== 'waiting') return;
      set('reloading');
      await Promise.race([
        flush().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS)),
      ]);
      if (takenOverElsewhere || !activate) return reloadOnce();
      requested = true;
      setTimeout(reloadOnce, TAKEOVER_TIMEOUT_MS);
      await activate(true);
    },
  };
}
