import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { loadStoredTemplates, saveTemplates } from './templates-store.ts';
import { type Assessment } from '@schemas/assessment.ts';
import {
  allAssessments,
  copyAssessment,
  createStoredAssessment,
  getAssessment,
  keepInHistoryNow,
  resolveConflict,
  saveAssessment,
  saveAssessmentNow,
} from './assessments-store.ts';
import { deleteForGood, emptyBin, listBin, moveToBin, restoreFromBin } from './bin-store.ts';
import { type StorageContext } from './context.ts';
import { type EiaDatabase } from './db.ts';
import { keepBeforeVersionMove, listSnapshots, restoreSnapshot } from './history-store.ts';
import {
  findImportConflicts,
  importAssessments,
  importAssessmentsWithOutcome,
  type ImportChoice,
  type ImportDecisions,
  type StoreProgress,
} from './import-store.ts';
import { ensureSummariesCurrent, listSummaries, type LibraryQuery } from './library-queries.ts';
import { getSetting, setSetting, type Settings } from './settings-store.ts';
import { TAB_ID } from './tab-id.ts';

/**
 * The storage API the rest of the app uses (features never touch Dexie). One object per database; the
 * app's is in app-storage.ts, tests make their own with `createRepository(new EiaDatabase('test-…'))`.
 */
export function createRepository(db: EiaDatabase, options: { tabId?: string; now?: () => Date } = {}) {
  const ctx: StorageContext = { db, tabId: options.tabId ?? TAB_ID, now: options.now ?? (() => new Date()) };
  // Checked once per page load. (Inside a liveQuery, awaiting a promise made outside it would stop the query
  // being re-run on changes, so the check is awaited only until it has succeeded once.)
  let summariesChecked = false;

  return {
    db,
    tabId: ctx.tabId,
    now: ctx.now,
    get: (id: string) => getAssessment(ctx, id),
    create: (assessment: Assessment) => createStoredAssessment(ctx, assessment),
    save: (next: Assessment, expectedWriteVersion: number) => saveAssessment(ctx, next, expectedWriteVersion),
    /** Synchronous last-moment save (page hidden or closing); see saveAssessmentNow. */
    saveNow: (next: Assessment, expectedWriteVersion: number) =>
      saveAssessmentNow(ctx, next, expectedWriteVersion),
    keepInHistoryNow: (mine: Assessment) => keepInHistoryNow(ctx, mine),
    resolveConflict: (mine: Assessment, choice: 'keep-mine' | 'use-theirs') =>
      resolveConflict(ctx, mine, choice),
    copy: (id: string) => copyAssessment(ctx, id),
    /** Stores and learns the template definitions an imported file carried. */
    saveTemplates: (definitions: readonly TemplateDefinition[], source: string) =>
      saveTemplates(ctx, definitions, source),
    /** Learns every template stored in this browser (the app does this before its first screen). */
    loadTemplates: () => loadStoredTemplates(db),
    all: () => allAssessments(ctx),
    listSummaries: async (query?: LibraryQuery) => {
      const started = performance.now();
      if (!summariesChecked) {
        await ensureSummariesCurrent(ctx);
        summariesChecked = true;
      }
      const page = await listSummaries(ctx, query);
      measure('eia:library-query', started);
      return page;
    },
    rebuildSummariesIfStale: () => ensureSummariesCurrent(ctx),
    moveToBin: (id: string) => moveToBin(ctx, id),
    restoreFromBin: (id: string) => restoreFromBin(ctx, id),
    deleteForGood: (id: string) => deleteForGood(ctx, id),
    emptyBin: () => emptyBin(ctx),
    listBin: (page?: { offset?: number; limit?: number }) => listBin(ctx, page),
    listSnapshots: (id: string) => listSnapshots(ctx, id),
    restoreSnapshot: (id: string, snapshotId: string) => restoreSnapshot(ctx, id, snapshotId),
    /** Keeps the assessment in History just before it moves to another template version. */
    keepBeforeVersionMove: (assessment: Assessment, toVersion: string) =>
      keepBeforeVersionMove(ctx, assessment, toVersion),
    findImportConflicts: (assessments: readonly Assessment[]) => findImportConflicts(ctx, assessments),
    importAssessments: (
      assessments: readonly Assessment[],
      choices?: Record<string, ImportChoice>,
      decisions?: ImportDecisions,
    ) => importAssessments(ctx, assessments, choices, decisions),
    importAssessmentsWithOutcome: (
      assessments: readonly Assessment[],
      choices?: Record<string, ImportChoice>,
      onProgress?: (progress: StoreProgress) => void,
      decisions?: ImportDecisions,
    ) => importAssessmentsWithOutcome(ctx, assessments, choices, onProgress, decisions),
    /** The most recent "last edited" of any assessment (from the summaries index), or null. */
    lastEditedAt: async () => (await db.summaries.orderBy('updatedAt').last())?.updatedAt ?? null,
    getSetting: <K extends keyof Settings>(key: K) => getSetting(ctx, key),
    setSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => setSetting(ctx, key, value),
  };
}

export type Repository = ReturnType<typeof createRepository>;

/** A User Timing entry (DevTools' Performance panel; `npm run bench` reads some). */
export function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    /* User Timing unavailable: nothing to record */
  }
}
