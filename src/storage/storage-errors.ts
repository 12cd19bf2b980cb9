/**
 * What can go wrong when storing, in words the user can act on. Browsers report a full disk, a closed
 * database or a private window in different ways (Dexie wraps some: a QuotaExceededError can arrive as an
 * AbortError whose `inner` is the real cause), so every error is classified by walking its causes.
 *
 * The interface words a failure from its kind (and a refusal from its code) through its catalogue
 * (src/components/i18n/storage-text.ts); `message` and storageProblem() are the English words.
 */

export type StorageFailureKind =
  'quota' | 'closed' | 'unavailable' | 'conflict' | 'missing' | 'refused' | 'unknown';

export type StorageFailure = {
  kind: StorageFailureKind;
  message: string;
  /** For 'unknown': the name the browser gave the error (e.g. "UnknownError"). */
  name?: string;
  /** For 'refused': why, as a code and its values, when the refusal has one. */
  refusal?: Refusal;
};

/** Why the storage refused a change, as a code and its values (for the interface's catalogue). */
export type Refusal =
  | { code: 'historyGone'; values: Record<string, never> }
  | { code: 'agreedRestore'; values: Record<string, never> }
  | { code: 'importIdTaken' | 'importInBin' | 'importChanged'; values: { title: string } };

/** Another tab (or window) wrote this assessment after this tab last read it. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    readonly assessmentId: string,
    readonly storedWriteVersion: number,
    readonly storedUpdatedAt: string,
  ) {
    super(`Assessment ${assessmentId} was changed elsewhere (now at write ${storedWriteVersion}).`);
  }
}

/** The assessment is no longer stored (moved to the bin or deleted, usually in another tab). */
export class MissingError extends Error {
  override name = 'MissingError';
  constructor(readonly assessmentId: string) {
    super(`Assessment ${assessmentId} is not stored.`);
  }
}

/** A change the storage refuses for a reason the user can read (e.g. restoring an agreed assessment). */
export class RefusedError extends Error {
  override name = 'RefusedError';
  constructor(
    message: string,
    readonly refusal?: Refusal,
  ) {
    super(message);
  }
}

function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  let current: unknown = error;
  for (let i = 0; i < 6 && current; i++) {
    out.push(current);
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return out;
}

function names(error: unknown): string[] {
  return causes(error).map((e) => (e && typeof e === 'object' && 'name' in e ? String(e.name) : ''));
}

export function isQuotaError(error: unknown): boolean {
  return causes(error).some((e) => {
    if (!e || typeof e !== 'object') return false;
    const { name, message } = e as { name?: string; message?: string };
    return name === 'QuotaExceededError' || (name === 'UnknownError' && /quota|space/i.test(message ?? ''));
  });
}

export function classifyStorageError(error: unknown): StorageFailure {
  const all = names(error);
  if (error instanceof ConflictError) {
    return {
      kind: 'conflict',
      message:
        'This assessment was changed in another tab or window after you opened it here. Your latest changes were not saved, so that they do not overwrite the other text.',
    };
  }
  if (error instanceof MissingError) {
    return {
      kind: 'missing',
      message:
        'This assessment was moved to the bin or deleted (perhaps in another tab), so your latest changes were not saved.',
    };
  }
  if (error instanceof RefusedError) {
    return { kind: 'refused', message: error.message, ...(error.refusal ? { refusal: error.refusal } : {}) };
  }
  if (isQuotaError(error)) {
    return {
      kind: 'quota',
      message:
        'Your browser’s storage for EIA Builder is full, so your latest changes were not saved. They are still on this page.',
    };
  }
  if (all.some((n) => n === 'DatabaseClosedError' || n === 'VersionError')) {
    return {
      kind: 'closed',
      message:
        'This tab can no longer save, because EIA Builder was updated or its storage was closed. Your latest changes are still on this page.',
    };
  }
  if (
    all.some((n) => ['MissingAPIError', 'SecurityError', 'InvalidStateError', 'OpenFailedError'].includes(n))
  ) {
    return {
      kind: 'unavailable',
      message:
        'This browser is not letting EIA Builder store anything (this happens in some private windows), so your changes have not been saved. They are still on this page.',
    };
  }
  const name = all.find((n) => n !== '') ?? 'Error';
  return {
    kind: 'unknown',
    name,
    message: `Your latest changes could not be saved (the browser said: ${name}). They are still on this page.`,
  };
}

/** A short, general explanation of a storage error (for actions other than autosave: import, delete, copy…). */
export function storageProblem(error: unknown): string {
  const failure = classifyStorageError(error);
  switch (failure.kind) {
    case 'quota':
      return 'The browser’s storage for EIA Builder is full. Export and delete assessments you no longer need, empty the bin, then try again.';
    case 'closed':
      return 'EIA Builder was updated in another tab. Reload this page, then try again.';
    case 'unavailable':
      return 'This browser is not letting EIA Builder store anything (this happens in some private windows).';
    case 'missing':
      return 'That assessment is no longer stored here (it may have been deleted in another tab).';
    case 'conflict':
      return 'That assessment was changed in another tab at the same moment. Try again.';
    case 'refused':
      return failure.message;
    case 'unknown':
      return `The browser could not store it (it said: ${names(error).find((n) => n !== '') ?? 'Error'}).`;
  }
}
