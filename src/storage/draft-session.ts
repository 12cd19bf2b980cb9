import { liveQuery, type Subscription } from 'dexie';
import { type Answers } from '@schemas/answers.ts';
import { type Assessment } from '@schemas/assessment.ts';
import { createAutosave, type Autosave } from './autosave.ts';
import { type ConnectionWatch } from './connection.ts';
import { downloadAssessment } from './files/download.ts';
import { attachPageLifecycle } from './page-lifecycle.ts';
import { ensurePersistenceAsked } from './persistence.ts';
import { measure, type Repository } from './repository.ts';
import { classifyStorageError, type StorageFailure } from './storage-errors.ts';
import { acquireEditLock, type EditLock, type LockManagerLike } from './tab-lock.ts';

/**
 * One open assessment in this tab: loads it, owns its autosave, holds its edit lock, notices writes from
 * elsewhere (other tabs, the history page, an import) and offers the ways out of every failure. Free of
 * React: use-assessment-draft.ts is a thin hook over it.
 *
 * Answers are kept in memory on every change and handed to the autosave engine; nothing here re-renders
 * the form. `getSnapshot()` changes only on load, reload, take-over, read-only changes and update().
 */

export type DraftState = 'loading' | 'missing' | 'ready' | 'error';
export type ReadOnlyReason = 'open-in-another-tab' | 'taken-over' | 'stale' | null;
export type DraftNotice = 'now-editable' | 'reloaded' | null;

export type DraftSnapshot = {
  state: DraftState;
  assessment: Assessment | null;
  /** Changes whenever the form must reload its values from `assessment` (reset()): "<id>#<n>". */
  loadKey: string;
  readOnly: boolean;
  readOnlyReason: ReadOnlyReason;
  /** Why it could not be loaded (state 'error'): the interface words it (storage-text.ts). */
  error: StorageFailure | null;
  /** Something the user should know happened by itself. */
  notice: DraftNotice;
};

export type DraftSessionOptions = {
  id: string;
  repository: Repository;
  locks?: LockManagerLike | null;
  connection?: ConnectionWatch | null;
  /** Attach visibilitychange / pagehide / beforeunload listeners (default true in a browser). */
  pageLifecycle?: boolean;
  autosaveDelayMs?: number;
};

/** How long to wait before asking for the edit lock a second time. */
const LOCK_RETRY_MS = 150;

export function createDraftSession(options: DraftSessionOptions) {
  const { id, repository, locks = null, connection = null } = options;
  const now = repository.now;
  let snapshot: DraftSnapshot = {
    state: 'loading',
    assessment: null,
    loadKey: '',
    readOnly: false,
    readOnlyReason: null,
    error: null,
    notice: null,
  };
  const listeners = new Set<() => void>();
  let current: Assessment | null = null;
  let writeVersion = 0;
  let lock: EditLock | null = null;
  let stopped = false;
  const waitForLock = new AbortController();
  const cleanups: Array<() => void> = [];
  let askedPersistence = false;
  let loads = 0;
  /** Set when another tab's newer write was seen while this tab had unsaved text (a conflict to come). */
  let otherTabWrote = false;
  const nextLoadKey = () => `${id}#${++loads}`;

  const set = (patch: Partial<DraftSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((l) => l());
  };

  const autosave: Autosave<Assessment> = createAutosave<Assessment>({
    delayMs: options.autosaveDelayMs,
    now,
    write: async (value) => {
      const started = performance.now();
      writeVersion = await repository.save(value, writeVersion);
      measure('eia:save', started);
      if (!askedPersistence) {
        askedPersistence = true;
        void ensurePersistenceAsked(repository).catch(() => undefined);
      }
    },
  });

  const load = async (notice: DraftNotice = null) => {
    const loaded = await repository.get(id);
    if (stopped) return;
    if (!loaded) {
      current = null;
      set({ state: 'missing', assessment: null });
      return;
    }
    current = loaded.assessment;
    writeVersion = loaded.writeVersion;
    otherTabWrote = false;
    set({ state: 'ready', assessment: current, loadKey: nextLoadKey(), notice });
  };

  const becomeReadOnly = (reason: Exclude<ReadOnlyReason, null>) => {
    if (!snapshot.readOnly || snapshot.readOnlyReason !== reason)
      set({ readOnly: true, readOnlyReason: reason });
  };

  const holdLock = (granted: EditLock) => {
    lock = granted;
    void granted.lost.then(async () => {
      if (stopped || lock !== granted) return;
      lock = null;
      // Another tab took over: store what this tab still has, then stop editing here.
      await autosave.flush();
      becomeReadOnly('taken-over');
      waitForTheLock();
    });
  };

  /** A read-only tab becomes the editor by itself when the editing tab closes. */
  const waitForTheLock = () => {
    if (!locks) return;
    void acquireEditLock(locks, id, 'wait', waitForLock.signal).then(async (granted) => {
      if (!granted) return;
      if (stopped) return granted.release();
      holdLock(granted);
      await load('now-editable');
      if (connection?.getState() !== 'stale') set({ readOnly: false, readOnlyReason: null });
    });
  };

  /** Writes made anywhere else (another tab, history restore, import) reach this tab through Dexie. */
  const watchExternalWrites = () => {
    let subscription: Subscription | null = liveQuery(() => repository.db.assessments.get(id)).subscribe({
      next: (row) => {
        if (stopped || snapshot.state !== 'ready') return;
        if (!row) return; // moved to the bin elsewhere: the next save says so.
        if (row.writeVersion === writeVersion) return;
        if (row.writtenBy === repository.tabId) return; // this tab's own write
        // Newer text from elsewhere. Reload unless this tab has text of its own not yet stored: then the
        // next save is refused and the user chooses (never a silent overwrite either way).
        if (!autosave.hasUnsavedChanges()) void load(snapshot.readOnly ? null : 'reloaded');
        else otherTabWrote = true;
      },
      error: () => undefined,
    });
    cleanups.push(() => {
      subscription?.unsubscribe();
      subscription = null;
    });
  };

  const start = async () => {
    try {
      if (locks) {
        let granted = await acquireEditLock(locks, id, 'if-available');
        if (!granted && !stopped) {
          // A lock held by a session of this same page that is just closing (React StrictMode mounts twice
          // in development; a quick route change) is given up within moments: ask once more before saying
          // "open in another tab".
          await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
          if (!stopped) granted = await acquireEditLock(locks, id, 'if-available');
        }
        if (stopped) return granted?.release();
        if (granted) holdLock(granted);
        else {
          becomeReadOnly('open-in-another-tab');
          waitForTheLock();
        }
      }
      await load();
      if (stopped || snapshot.state !== 'ready') return;
      watchExternalWrites();
      if (connection) {
        cleanups.push(connection.registerFlusher(() => autosave.flush()));
        const onConnection = () => {
          if (connection.getState() === 'stale') becomeReadOnly('stale');
        };
        cleanups.push(connection.subscribe(onConnection));
        onConnection();
      }
      if (options.pageLifecycle ?? typeof window !== 'undefined') {
        cleanups.push(
          attachPageLifecycle({ saveAtOnce, hasUnsavedChanges: () => autosave.hasUnsavedChanges() }),
        );
      }
    } catch (error) {
      if (!stopped) set({ state: 'error', error: classifyStorageError(error) });
    }
  };

  /**
   * The page is being hidden or closed: store the text NOW, synchronously (see saveAssessmentNow). If
   * another tab is known to have changed the assessment meanwhile, this tab's text goes to the history
   * instead of over the other text. Returns false when nothing could be issued.
   */
  const saveAtOnce = (): boolean => {
    if (!current || snapshot.readOnly || !autosave.hasUnsavedChanges()) return true;
    const value = current;
    const status = autosave.getStatus();
    if (otherTabWrote || (status.state === 'failed' && status.failure.kind === 'conflict')) {
      return repository.keepInHistoryNow(value) !== null;
    }
    const previous = writeVersion;
    const issued = repository.saveNow(value, previous);
    if (!issued) return false;
    writeVersion = issued.writeVersion;
    autosave.markSaved(value);
    issued.done.then(
      // Still here (the page was only hidden): save once more through the normal path, so that this tab's
      // own queries see the change and the history rules apply.
      () => {
        if (!stopped && current === value) void autosave.saveNow(value);
      },
      () => {
        if (writeVersion === issued.writeVersion) writeVersion = previous;
        if (!stopped) void autosave.saveNow(current ?? value);
      },
    );
    return true;
  };

  const change = (patch: Partial<Assessment>) => {
    if (!current || snapshot.readOnly) return;
    current = { ...current, ...patch, updatedAt: now().toISOString() };
    autosave.change(current);
  };

  return {
    start,
    /** Stores what is pending, releases the lock and stops listening. */
    async stop() {
      const flushed =
        autosave.hasUnsavedChanges() && !snapshot.readOnly ? autosave.flush() : Promise.resolve(true);
      stopped = true;
      waitForLock.abort();
      cleanups.splice(0).forEach((c) => c());
      await flushed.catch(() => false);
      autosave.dispose();
      lock?.release();
      lock = null;
    },
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveStatus: autosave,
    /** The assessment with every change so far (newer than `getSnapshot().assessment` while typing). */
    current: () => current,
    onAnswersChange: (answers: Answers) => change({ answers }),
    onCompletedSectionsChange: (completedSections: string[]) =>
      change({ completedSections: [...completedSections] }),
    /** A deliberate change (status, comments, publication): stored at once; a status change is kept in history. */
    async update(fn: (assessment: Assessment) => Assessment): Promise<boolean> {
      if (!current || snapshot.readOnly) return false;
      current = { ...fn(current), updatedAt: now().toISOString() };
      set({ assessment: current });
      return autosave.saveNow(current);
    },
    /** Open it for editing here, taking it from the other tab (which stores its text first). */
    async takeOver() {
      if (!locks || connection?.getState() === 'stale') return;
      const granted = await acquireEditLock(locks, id, 'steal');
      if (!granted || stopped) return granted?.release();
      holdLock(granted);
      await load();
      set({ readOnly: false, readOnlyReason: null, notice: null });
    },
    /**
     * After a save was refused because another tab changed the assessment: keep this tab's text (the other
     * version goes to history) or use the other (this tab's text goes to history).
     */
    async resolveConflict(choice: 'keep-mine' | 'use-theirs') {
      if (!current) return;
      const mine = current;
      const resolved = await repository.resolveConflict(mine, choice);
      writeVersion = resolved.writeVersion;
      if (choice === 'use-theirs') {
        current = resolved.assessment;
        autosave.markSaved();
        set({ assessment: current, loadKey: nextLoadKey() });
        return;
      }
      // Keep mine: anything typed while the choice was being stored stays pending and is saved next.
      const typedMeanwhile = current !== mine;
      if (!typedMeanwhile) current = resolved.assessment;
      autosave.markSaved(mine);
      if (typedMeanwhile && current) autosave.change(current);
      set({ assessment: resolved.assessment });
    },
    retrySave: () => autosave.retry(),
    saveAtOnce,
    /** Saves the assessment as it is on screen to a .eia.json file. */
    downloadBackup(): string | null {
      return current ? downloadAssessment(current, now()) : null;
    },
    dismissNotice: () => set({ notice: null }),
  };
}

export type DraftSession = ReturnType<typeof createDraftSession>;
