import { type SaveStatus } from './autosave.ts';
import { type AppStorage } from './app-storage.ts';
import { createDraftSession, type DraftSession, type DraftSnapshot } from './draft-session.ts';

/**
 * Holds the DraftSession of one assessment for a React component: `connect()` (from an effect) creates and
 * starts a session and returns its stop; React's StrictMode connect → stop → connect simply makes a
 * second session. The holder is an external store over whichever session is current, and its
 * `saveStatus` is a stable store that follows the current session's autosave.
 */

export type SaveStatusStore = { getStatus(): SaveStatus; subscribe(listener: () => void): () => void };

export const LOADING_SNAPSHOT: DraftSnapshot = {
  state: 'loading',
  assessment: null,
  loadKey: '',
  readOnly: false,
  readOnlyReason: null,
  error: null,
  notice: null,
};
const IDLE: SaveStatus = { state: 'idle' };

export function createDraftHolder(
  id: string,
  storage: AppStorage,
  options: { pageLifecycle?: boolean } = {},
) {
  let session: DraftSession | null = null;
  const listeners = new Set<() => void>();
  const sessionSwapListeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const swapped = () => sessionSwapListeners.forEach((l) => l());

  const saveStatus: SaveStatusStore = {
    getStatus: () => session?.saveStatus.getStatus() ?? IDLE,
    subscribe(listener) {
      let inner = session?.saveStatus.subscribe(listener);
      const onSwap = () => {
        inner?.();
        inner = session?.saveStatus.subscribe(listener);
        listener();
      };
      sessionSwapListeners.add(onSwap);
      return () => {
        inner?.();
        sessionSwapListeners.delete(onSwap);
      };
    },
  };

  return {
    connect(): () => void {
      const created = createDraftSession({
        id,
        repository: storage.repository,
        locks: storage.locks,
        connection: storage.connection,
        ...(options.pageLifecycle === undefined ? {} : { pageLifecycle: options.pageLifecycle }),
      });
      session = created;
      const unsubscribe = created.subscribe(notify);
      swapped();
      notify();
      void created.start();
      return () => {
        unsubscribe();
        void created.stop();
        if (session === created) {
          session = null;
          swapped();
          notify();
        }
      };
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): DraftSnapshot => session?.getSnapshot() ?? LOADING_SNAPSHOT,
    session: () => session,
    saveStatus,
  };
}

export type DraftHolder = ReturnType<typeof createDraftHolder>;
