/**
 * "This assessment is open for editing in another tab": a Web Lock per assessment
 * (navigator.locks, shared by every tab of this site in this browser). The tab holding the lock edits;
 * others open the assessment read-only, can take over (steal the lock), and become editable by
 * themselves when the editing tab closes. Where Web Locks are missing, every tab may edit and the
 * write guard in the repository still refuses to overwrite newer text.
 */

export type LockManagerLike = Pick<LockManager, 'request'>;

export type EditLock = {
  release(): void;
  /** Resolves if another tab takes the lock away (take over). */
  lost: Promise<void>;
};

export function lockName(assessmentId: string): string {
  return `eia-builder:edit:${assessmentId}`;
}

export function defaultLockManager(): LockManagerLike | null {
  const locks = globalThis.navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/**
 * 'if-available': the lock now, or null if another tab holds it.
 * 'steal': take it from whoever holds it.
 * 'wait': resolves when the lock is free (or null when `signal` aborts first).
 */
export function acquireEditLock(
  locks: LockManagerLike,
  assessmentId: string,
  mode: 'if-available' | 'steal' | 'wait',
  signal?: AbortSignal,
): Promise<EditLock | null> {
  return new Promise((resolve) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let markLost!: () => void;
    const lost = new Promise<void>((r) => (markLost = r));
    let granted = false;
    const options: LockOptions =
      mode === 'if-available'
        ? { ifAvailable: true }
        : mode === 'steal'
          ? { steal: true }
          : signal
            ? { signal }
            : {};
    locks
      .request(lockName(assessmentId), options, async (lock) => {
        if (!lock) {
          resolve(null);
          return;
        }
        granted = true;
        resolve({ release, lost });
        await held;
      })
      .catch(() => {
        // Rejected with AbortError: stolen by another tab after it was granted, or the wait was cancelled.
        if (granted) markLost();
        else resolve(null);
      });
  });
}
