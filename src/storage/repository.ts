import type { TemplateDefinition } from '@schemas/template-definition.ts';
import type { DraftHistory } from './template-drafts-store.ts';
import type * as DesignerStore from './template-drafts-store.ts';
import type * as RecordStores from './record-stores.ts';
import type * as ImportStore from './import-store.ts';
import { type Assessment } from '@schemas/assessment.ts';
import { type StorageContext } from './context.ts';
import { type EiaDatabase } from './db.ts';
import type { ImportChoice, ImportDecisions, StoreProgress } from './import-store.ts';
import { listSummaries, summariesStale, type LibraryQuery } from './library-queries.ts';
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
  // The record stores, loaded on first use, with every template stored in this browser learnt before any
  // record is read (an assessment written on a learnt template needs it to be summarised or opened).
  let templatesLearnt: Promise<unknown> | undefined;
  let templatesDone = false;
  const records = async (): Promise<RecordStoresModule> => {
    const stores = await loadRecordStores();
    await (templatesLearnt ??= stores.loadStoredTemplates(db).then(
      () => (templatesDone = true),
      (error: unknown) => {
        templatesLearnt = undefined;
        throw error;
      },
    ));
    return stores;
  };
  // Once loaded, the stores are called directly: inside a live query (Dexie liveQuery: the bin, History)
  // awaiting anything but Dexie would stop the query being re-run on changes.
  // A record of an older shape met before the record parser is loaded: the operation read and wrote
  // nothing; it runs again once the parser is loaded (stored-record.ts).
  const withRecords = <T>(run: (stores: RecordStoresModule) => Promise<T>): Promise<T> =>
    recordStores && templatesDone
      ? recordStores.withRecordParser(() => run(recordStores!))
      : records().then((stores) => stores.withRecordParser(() => run(stores)));
  /** The record stores, for the synchronous last-moment saves (only ever after a record was read). */
  const loadedRecords = (): RecordStoresModule => {
    if (!recordStores) throw new Error('The assessment was saved before it was read.');
    return recordStores;
  };
  // Importing (and the merge of returned files) is loaded when a file is imported, templates learnt first.
  const withImportStore = async <T>(run: (store: typeof ImportStore) => Promise<T>): Promise<T> => {
    const [stores, store] = await Promise.all([records(), import('./import-store.ts')]);
    return stores.withRecordParser(() => run(store));
  };
  const ensureSummariesCurrent = async (): Promise<boolean> => {
    if (!(await summariesStale(ctx))) return false;
    await withRecords((r) => r.rebuildSummaries(ctx));
    return true;
  };

  return {
    db,
    tabId: ctx.tabId,
    now: ctx.now,
    get: (id: string) => withRecords((r) => r.getAssessment(ctx, id)),
    create: (assessment: Assessment) => withRecords((r) => r.createStoredAssessment(ctx, assessment)),
    save: (next: Assessment, expectedWriteVersion: number) =>
      withRecords((r) => r.saveAssessment(ctx, next, expectedWriteVersion)),
    /** Synchronous last-moment save (page hidden or closing); see saveAssessmentNow. */
    saveNow: (next: Assessment, expectedWriteVersion: number) =>
      loadedRecords().saveAssessmentNow(ctx, next, expectedWriteVersion),
    keepInHistoryNow: (mine: Assessment) => loadedRecords().keepInHistoryNow(ctx, mine),
    resolveConflict: (mine: Assessment, choice: 'keep-mine' | 'use-theirs') =>
      withRecords((r) => r.resolveConflict(ctx, mine, choice)),
    copy: (id: string) => withRecords((r) => r.copyAssessment(ctx, id)),
    /** Stores and learns the template definitions an imported file carried. */
    saveTemplates: (definitions: readonly TemplateDefinition[], source: string) =>
      withRecords((r) => r.saveTemplates(ctx, definitions, source)),
    /**
     * Learns every template stored in this browser. Every method here that reads or writes whole records
     * does this first (withRecords above); the pages that read templates also wait for it (app/lazy-pages.tsx).
     */
    loadTemplates: async () => {
      const learnt = await (await loadRecordStores()).loadStoredTemplates(db);
      templatesLearnt ??= Promise.resolve();
      templatesDone = true;
      return learnt;
    },
    /** The designer: every template version, draft and its use (template-drafts-store.ts, loaded on first use). */
    templateCatalogue: () =>
      designerModule
        ? designerModule.templateCatalogue(ctx)
        : designer().then((m) => m.templateCatalogue(ctx)),
    /** Loads the designer's storage code (before watching templateCatalogue in a live query). */
    loadDesigner: async () => {
      await designer();
    },
    /** The newest published, not retired, version of each template: what a new assessment can start on. */
    newAssessmentTemplates: async () => {
      await records(); // the templates stored in this browser, learnt (a new assessment may start on one)
      return (await designer()).newAssessmentTemplates(ctx);
    },
    /** Imports an .eia-template.json file (checked by template-file.ts first; nothing written if refused). */
    importTemplateFile: async (fileName: string, bytes: Uint8Array) => {
      const { parseTemplateFileBytes } = await import('./files/template-file.ts');
      const result = parseTemplateFileBytes(fileName, bytes);
      if (result.ok && !result.alreadyHere)
        await withRecords((r) => r.saveTemplates(ctx, [result.definition], fileName));
      return result;
    },
    getTemplateDraft: async (templateId: string) => (await designer()).getTemplateDraft(ctx, templateId),
    startTemplateDraft: async (definition: TemplateDefinition, basedOn: string | null, by: string) =>
      (await designer()).startTemplateDraft(ctx, definition, basedOn, by),
    saveTemplateDraft: async (history: DraftHistory, by: string, options?: { withUndo?: boolean }) =>
      (await designer()).saveTemplateDraft(ctx, history, by, options),
    discardTemplateDraft: async (templateId: string) =>
      (await designer()).discardTemplateDraft(ctx, templateId),
    publishTemplateDraft: async (templateId: string, note: string, by: string) =>
      (await designer()).publishTemplateDraft(ctx, templateId, note, by),
    setTemplateRetired: async (key: string, retired: boolean, by: string) =>
      (await designer()).setTemplateRetired(ctx, key, retired, by),
    all: () => withRecords((r) => r.allAssessments(ctx)),
    listSummaries: async (query?: LibraryQuery) => {
      const started = performance.now();
      if (!summariesChecked) {
        await ensureSummariesCurrent();
        summariesChecked = true;
      }
      const page = await listSummaries(ctx, query);
      measure('eia:library-query', started);
      return page;
    },
    rebuildSummariesIfStale: () => ensureSummariesCurrent(),
    moveToBin: (id: string) => withRecords((r) => r.moveToBin(ctx, id)),
    restoreFromBin: (id: string) => withRecords((r) => r.restoreFromBin(ctx, id)),
    deleteForGood: (id: string) => withRecords((r) => r.deleteForGood(ctx, id)),
    emptyBin: () => withRecords((r) => r.emptyBin(ctx)),
    listBin: (page?: { offset?: number; limit?: number }) => withRecords((r) => r.listBin(ctx, page)),
    listSnapshots: (id: string) => withRecords((r) => r.listSnapshots(ctx, id)),
    restoreSnapshot: (id: string, snapshotId: string) =>
      withRecords((r) => r.restoreSnapshot(ctx, id, snapshotId)),
    /** Keeps the assessment in History just before it moves to another template version. */
    keepBeforeVersionMove: (assessment: Assessment, toVersion: string) =>
      withRecords((r) => r.keepBeforeVersionMove(ctx, assessment, toVersion)),
    findImportConflicts: (assessments: readonly Assessment[]) =>
      withImportStore((m) => m.findImportConflicts(ctx, assessments)),
    importAssessments: (
      assessments: readonly Assessment[],
      choices?: Record<string, ImportChoice>,
      decisions?: ImportDecisions,
    ) => withImportStore((m) => m.importAssessments(ctx, assessments, choices, decisions)),
    importAssessmentsWithOutcome: (
      assessments: readonly Assessment[],
      choices?: Record<string, ImportChoice>,
      onProgress?: (progress: StoreProgress) => void,
      decisions?: ImportDecisions,
    ) =>
      withImportStore((m) =>
        m.importAssessmentsWithOutcome(ctx, assessments, choices, onProgress, decisions),
      ),
    /** The most recent "last edited" of any assessment (from the summaries index), or null. */
    lastEditedAt: async () => (await db.summaries.orderBy('updatedAt').last())?.updatedAt ?? null,
    getSetting: <K extends keyof Settings>(key: K) => getSetting(ctx, key),
    setSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => setSetting(ctx, key, value),
  };
}

export type Repository = ReturnType<typeof createRepository>;

/**
 * The template designer's storage, loaded on first use so the home page's first load stays small. Once
 * loaded it is called directly: a live query (Dexie liveQuery) must not await anything but Dexie, so
 * screens that watch the catalogue call `loadDesigner()` first.
 */
type DesignerModule = typeof DesignerStore;
let designerModule: DesignerModule | undefined;
async function designer(): Promise<DesignerModule> {
  designerModule ??= await import('./template-drafts-store.ts');
  return designerModule;
}

/**
 * The storage code for whole records (record-stores.ts), loaded on first use: the library's first screen
 * reads only summaries and settings, so the home page's first load carries no schemas, templates or review
 * rules. Once loaded it is called directly (saveNow must stay synchronous).
 */
type RecordStoresModule = typeof RecordStores;
let recordStores: RecordStoresModule | undefined;
async function loadRecordStores(): Promise<RecordStoresModule> {
  recordStores ??= await import('./record-stores.ts');
  return recordStores;
}

/** A User Timing entry (DevTools' Performance panel; `npm run bench` reads some). */
export function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    /* User Timing unavailable: nothing to record */
  }
}
