import { classifyStorageError, type StorageFailure } from './storage-errors.ts';

/**
 * The autosave engine, free of React and of IndexedDB: give it every change, it writes the latest value
 * AUTOSAVE_DELAY_MS after the last change (and at least every AUTOSAVE_MAX_WAIT_MS while changes keep
 * coming), at the browser's next idle moment, one write at a time, never losing the newest value. `flush()` writes at once (used on
 * visibilitychange, pagehide and leaving the page). A failed write keeps the value pending and reports
 * why; the next change, `retry()` or `flush()` tries again.
 *
 * Its status is a tiny external store (get/subscribe), so only the components that show it re-render.
 */

export const AUTOSAVE_DELAY_MS = 500;
export const AUTOSAVE_MAX_WAIT_MS = 2000;
/** How long a due write may wait for the browser to be idle. */
export const AUTOSAVE_IDLE_WAIT_MS = 1000;

/**
 * Runs a due write when the browser is next idle (within AUTOSAVE_IDLE_WAIT_MS), where it can tell: a write
 * copies the whole value (a 150-question template draft with its undo history: ~10-15 ms of the main
 * thread), and a timer that fell due while a page was being rendered (opening the designer's preview)
 * made the person wait for it. Where the browser cannot tell (Node, jsdom), at once.
 */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(task, { timeout: AUTOSAVE_IDLE_WAIT_MS });
  else task();
}

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: Date }
  | { state: 'failed'; failure: StorageFailure; error: unknown };

export type Autosave<T> = {
  /** A new value to store (debounced). */
  change(value: T): void;
  /** Store `value` (or whatever is pending) now; resolves true once everything given so far is stored. */
  saveNow(value?: T): Promise<boolean>;
  /** Store whatever is pending now. */
  flush(): Promise<boolean>;
  retry(): Promise<boolean>;
  /** Forget a failure after the caller stored the value another way (e.g. resolving a conflict). */
  markSaved(value?: T): void;
  hasUnsavedChanges(): boolean;
  getStatus(): SaveStatus;
  subscribe(listener: () => void): () => void;
  /** Stop timers; pending changes are dropped unless flushed first. */
  dispose(): void;
};

export function createAutosave<T>(options: {
  write: (value: T) => Promise<void>;
  delayMs?: number;
  maxWaitMs?: number;
  now?: () => Date;
}): Autosave<T> {
  const {
    write,
    delayMs = AUTOSAVE_DELAY_MS,
    maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
    now = () => new Date(),
  } = options;
  let status: SaveStatus = { state: 'idle' };
  const listeners = new Set<() => void>();
  /** The newest value not yet stored (undefined when everything is stored). */
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstUnsavedAt: number | undefined;
  let running: Promise<boolean> | undefined;
  let disposed = false;

  const setStatus = (next: SaveStatus) => {
    if (next.state === status.state && next.state !== 'saved' && next.state !== 'failed') return;
    status = next;
    listeners.forEach((l) => l());
  };

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  /** When the pending value is due to be written (Date.now() time). */
  let dueAt = 0;

  /**
   * Each change moves the write to `delayMs` after it (but no later than `maxWaitMs` after the first
   * unsaved change). The timer is not restarted for every keystroke: one that fires before the write is
   * due sets itself again for the time left, so a burst of typing costs a timer or two, not one per key.
   */
  const schedule = () => {
    if (disposed) return;
    const waited = firstUnsavedAt === undefined ? 0 : Date.now() - firstUnsavedAt;
    const due = Date.now() + Math.max(0, Math.min(delayMs, maxWaitMs - waited));
    if (timer !== undefined && due < dueAt) clearTimer();
    dueAt = due;
    if (timer === undefined) arm();
  };

  const arm = () => {
    timer = setTimeout(
      () => {
        timer = undefined;
        if (disposed) return;
        if (Date.now() < dueAt) arm();
        else
          whenIdle(() => {
            if (!disposed) void run();
          });
      },
      Math.max(0, dueAt - Date.now()),
    );
  };

  /** Writes until nothing is pending or a write fails. One loop at a time. */
  const run = (): Promise<boolean> => {
    clearTimer();
    if (running) return running.then(() => (pending ? run() : status.state !== 'failed'));
    if (!pending) return Promise.resolve(status.state !== 'failed');
    running = (async () => {
      try {
        while (pending && !disposed) {
          const taken: { value: T } = pending;
          setStatus({ state: 'saving' });
          try {
            await write(taken.value);
          } catch (error) {
            setStatus({ state: 'failed', failure: classifyStorageError(error), error });
            return false;
          }
          if (pending === taken) {
            pending = undefined;
            firstUnsavedAt = undefined;
          }
        }
        if (!pending) setStatus({ state: 'saved', at: now() });
        return !pending;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  return {
    change(value) {
      if (disposed) return;
      pending = { value };
      firstUnsavedAt ??= Date.now();
      if (status.state !== 'failed' && !running) setStatus({ state: 'pending' });
      schedule();
    },
    saveNow(value) {
      if (value !== undefined && !disposed) {
        pending = { value };
        firstUnsavedAt ??= Date.now();
      }
      return run();
    },
    flush: () => run(),
    retry: () => run(),
    markSaved(value) {
      if (value === undefined || pending?.value === value) {
        pending = undefined;
        firstUnsavedAt = undefined;
      }
      clearTimer();
      setStatus({ state: 'saved', at: now() });
    },
    hasUnsavedChanges: () => pending !== undefined,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearTimer();
      listeners.clear();
    },
  };
}
