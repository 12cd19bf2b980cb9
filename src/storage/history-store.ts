import Dexie from 'dexie';
import { type Assessment } from '@schemas/assessment.ts';
import { snapshotRow } from './assessments-store.ts';
import { type StorageContext } from './context.ts';
import { type SnapshotRow } from './db.ts';
import { MissingError, RefusedError } from './storage-errors.ts';
import { readStoredAssessment, toSummaryRow } from './stored-record.ts';

/**
 * History (table `snapshots`): earlier versions of an assessment, newest first, and restoring one.
 * Restoring brings back that version's answers and completed sections, with the template version they
 * were written on and any answers to questions no longer asked (so a move to a newer template version is
 * undone by restoring the copy kept before it); status, status history, comments and publication settings
 * stay as they are now. The version being replaced is kept as a snapshot first,
 * so a restore can itself be undone.
 */

/** A kept version, as stored (the stored row is the shape the history page shows). */
export type Snapshot = SnapshotRow;

export async function listSnapshots(ctx: StorageContext, assessmentId: string): Promise<Snapshot[]> {
  const rows = await ctx.db.snapshots
    .where('[assessmentId+takenAt]')
    .between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey])
    .reverse()
    .toArray();
  return rows.map((row) => ({ ...row, assessment: readStoredAssessment(row.assessment) }));
}

/** Restores a snapshot. Returns the id of the snapshot that undoes it (the version it replaced). */
export async function restoreSnapshot(
  ctx: StorageContext,
  assessmentId: string,
  snapshotId: string,
): Promise<{ undoSnapshotId: string; writeVersion: number }> {
  const { db } = ctx;
  return db.transaction('rw', db.assessments, db.summaries, db.snapshots, async () => {
    const [row, snapshot] = await Promise.all([
      db.assessments.get(assessmentId),
      db.snapshots.get(snapshotId),
    ]);
    if (!row) throw new MissingError(assessmentId);
    if (!snapshot || snapshot.assessmentId !== assessmentId) {
      throw new RefusedError('That version is no longer in the history, so it cannot be restored.', {
        code: 'historyGone',
        values: {},
      });
    }
    const current = readStoredAssessment(row.assessment);
    if (current.status === 'agreed') {
      throw new RefusedError(
        'This assessment has been agreed, so its answers cannot be changed. Start a new revision first, then restore the version you want.',
        { code: 'agreedRestore', values: {} },
      );
    }
    const at = ctx.now().toISOString();
    const undo = snapshotRow(current, 'before-restore', at, snapshot.editedAt);
    await db.snapshots.add(undo);
    const source = readStoredAssessment(snapshot.assessment);
    const next: Assessment = {
      ...current,
      templateId: source.templateId,
      templateVersion: source.templateVersion,
      answers: source.answers,
      noLongerAsked: source.noLongerAsked,
      completedSections: source.completedSections,
      updatedAt: at,
    };
    const writeVersion = row.writeVersion + 1;
    // Written as "history", not as this tab: an editor open on this assessment in this same tab must see the
    // restore as a write from elsewhere and reload, or it would show (and then save over) the old text.
    await db.assessments.put({
      id: assessmentId,
      assessment: next,
      writeVersion,
      writtenBy: `${ctx.tabId}#history`,
    });
    await db.summaries.put(toSummaryRow(next));
    return { undoSnapshotId: undo.id, writeVersion };
  });
}

/**
 * Keeps `assessment` (as it is on screen) in its history just before it moves to template version
 * `toVersion`, so that the move can be undone by restoring it. Returns the snapshot's id.
 */
export async function keepBeforeVersionMove(
  ctx: StorageContext,
  assessment: Assessment,
  toVersion: string,
): Promise<string> {
  const row = snapshotRow(assessment, 'before-version-move', ctx.now().toISOString(), toVersion);
  await ctx.db.snapshots.add(row);
  return row.id;
}
