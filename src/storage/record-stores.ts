/**
 * The storage code that reads and writes whole assessment records and templates: it needs the schemas,
 * the templates and the review rules (zod and the built-in templates with them). Importing (import-store.ts,
 * with the merge of returned files) is loaded apart, when a file is imported. The repository loads this
 * module on first use (repository.ts), so the home page's first load (the library reads only the summaries
 * table) carries none of it. `npm run bench -- bundle` measures that; tests/build/first-load.test.ts keeps it so.
 */
export {
  allAssessments,
  copyAssessment,
  createStoredAssessment,
  getAssessment,
  keepInHistoryNow,
  resolveConflict,
  saveAssessment,
  saveAssessmentNow,
} from './assessments-store.ts';
export { deleteForGood, emptyBin, listBin, moveToBin, restoreFromBin } from './bin-store.ts';
export { keepBeforeVersionMove, listSnapshots, restoreSnapshot } from './history-store.ts';
export { rebuildSummaries } from './summary-rebuild.ts';
export { loadStoredTemplates, saveTemplates } from './templates-store.ts';
export { loadRecordParser, withRecordParser } from './stored-record.ts';
