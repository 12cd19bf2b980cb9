import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { type Answers } from '@schemas/answers.ts';
import { type Assessment } from '@schemas/assessment.ts';
import { type ConnectionState } from './connection.ts';
import { createDraftHolder, type SaveStatusStore } from './draft-holder.ts';
import { type DraftNotice, type DraftState, type ReadOnlyReason } from './draft-session.ts';
import { useAppStorage } from './storage-context.tsx';
import { type StorageFailure } from './storage-errors.ts';

/**
 * One assessment, open for editing, for the route container that joins it to the form:
 *
 *   const draft = useAssessmentDraft(id);
 *   <AssessmentEditor assessment={draft.assessment} loadKey={draft.loadKey} readOnly={draft.readOnly}
 *     onAnswersChange={draft.onAnswersChange} onCompletedSectionsChange={draft.onCompletedSectionsChange}
 *     slots={{ top: <><DraftBanners draft={draft} /><SaveStatus status={draft.saveStatus} /></> }} … />
 *
 * Typing calls onAnswersChange, which never sets React state: saving does not re-render the form. Only
 * the components given `draft.saveStatus` re-render when it changes. `assessment` and `loadKey` change on
 * load, on reload (take over, another tab's newer text, "use the other version") and on update().
 * The callbacks are stable for the life of the page.
 */

export type { SaveStatusStore };
export type ConnectionStore = { getState(): ConnectionState; subscribe(listener: () => void): () => void };

export type AssessmentDraft = {
  state: DraftState;
  assessment: Assessment | null;
  loadKey: string;
  readOnly: boolean;
  readOnlyReason: ReadOnlyReason;
  error: StorageFailure | null;
  notice: DraftNotice;
  saveStatus: SaveStatusStore;
  connection: ConnectionStore;
  /** True where the browser has Web Locks, so "Edit here instead" works. */
  canTakeOver: boolean;
  onAnswersChange(answers: Answers): void;
  onCompletedSectionsChange(ids: string[]): void;
  /** Status changes, comments, publication settings: saved at once (a status change is kept in history). */
  update(fn: (assessment: Assessment) => Assessment): Promise<boolean>;
  takeOver(): Promise<void>;
  resolveConflict(choice: 'keep-mine' | 'use-theirs'): Promise<void>;
  retrySave(): Promise<boolean>;
  /** Downloads the assessment as it is on screen (.eia.json). Returns the file name. */
  downloadBackup(): string | null;
  dismissNotice(): void;
  /** The assessment with every change typed so far. */
  current(): Assessment | null;
};

export function useAssessmentDraft(id: string, options: { pageLifecycle?: boolean } = {}): AssessmentDraft {
  const storage = useAppStorage();
  const { pageLifecycle } = options;
  const holder = useMemo(
    () => createDraftHolder(id, storage, pageLifecycle === undefined ? {} : { pageLifecycle }),
    [id, storage, pageLifecycle],
  );
  useEffect(() => holder.connect(), [holder]);
  const snapshot = useSyncExternalStore(holder.subscribe, holder.getSnapshot);

  const actions = useMemo(() => {
    const s = holder.session;
    return {
      onAnswersChange: (answers: Answers) => s()?.onAnswersChange(answers),
      onCompletedSectionsChange: (ids: string[]) => s()?.onCompletedSectionsChange(ids),
      update: (fn: (a: Assessment) => Assessment) => s()?.update(fn) ?? Promise.resolve(false),
      takeOver: () => s()?.takeOver() ?? Promise.resolve(),
      resolveConflict: (choice: 'keep-mine' | 'use-theirs') =>
        s()?.resolveConflict(choice) ?? Promise.resolve(),
      retrySave: () => s()?.retrySave() ?? Promise.resolve(false),
      downloadBackup: () => s()?.downloadBackup() ?? null,
      dismissNotice: () => s()?.dismissNotice(),
      current: () => s()?.current() ?? null,
    };
  }, [holder]);

  return useMemo(
    () => ({
      ...snapshot,
      ...actions,
      saveStatus: holder.saveStatus,
      connection: storage.connection,
      canTakeOver: storage.locks !== null,
    }),
    [snapshot, actions, holder, storage],
  );
}
