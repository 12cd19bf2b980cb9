import Dexie, { type Table } from 'dexie';
import { type Assessment } from '@schemas/assessment.ts';
import { type AssessmentSummary } from '@/domain/assessment-summary.ts';

/**
 * WHAT IS STORED, AND WHERE
 *
 * Everything lives in ONE IndexedDB database in this browser, named by DB_NAME, for this web address only.
 * Nothing is ever sent over the network; the only way data leaves the device is an export the user makes.
 *
 *   assessments  one row per assessment: the full record (schemas/assessment.ts, with its own schemaVersion)
 *                plus `writeVersion` / `writtenBy`, which stop two tabs silently overwriting each other.
 *   summaries    one small row per assessment (src/domain/assessment-summary.ts) rebuilt on every save, so
 *                the library never loads answers. Rebuilt from `assessments` when SUMMARY_VERSION changes.
 *   snapshots    history: whole copies of an assessment at points in time (status changes, every few
 *                minutes of editing, before a restore or an import replaced it).
 *   bin          assessments the user deleted, until they restore them or delete them for good.
 *   settings     small key/value facts: when the last backup was exported, whether persistence was granted.
 *   templates    (version 2) template definitions learnt from imported files or made in this browser, one row
 *                per template version (schemas/template-definition.ts, with its own schemaVersion). Built-in
 *                templates are never stored: they ship with the app.
 *
 * ⚠ WARNING ⚠  Changing DB_NAME, or changing an existing version(n) below, or adding a version without a
 * migration, WIPES OR STRANDS EVERY USER'S DRAFTS. Never edit an old version(n): add version(n + 1) with
 * the new stores and put the data migration in its .upgrade() (see schemas/migrations/ for the record
 * shape, tests/storage/db-upgrade.test.ts for the test that opens a frozen old database).
 */

/** ⚠ The IndexedDB database name. Changing it abandons every user's stored assessments. */
export const DB_NAME = 'eia-builder';

export type AssessmentRow = {
  id: string;
  assessment: Assessment;
  /** Goes up by one on every write; a tab saves only if the row still has the version it last read. */
  writeVersion: number;
  /** The tab (page load) that wrote this version. */
  writtenBy: string;
};

export type SummaryRow = AssessmentSummary & {
  /** Lower-case title for sorting A to Z. */
  titleKey: string;
  /** Lower-case, accent-free words of the title and assessor, for search by word prefix. */
  searchWords: string[];
};

export type SnapshotReason =
  | 'status-change'
  | 'while-editing'
  | 'before-restore'
  | 'before-import'
  | 'other-tab-version'
  /** The other person's copy from an imported file, when some of its answers were not kept. */
  | 'from-file'
  /** Just before it moved to a newer version of its template (detail: that version), so the move can be undone. */
  | 'before-version-move';

export type SnapshotRow = {
  id: string;
  assessmentId: string;
  /** When the snapshot was taken. */
  takenAt: string;
  /** When the assessment's content was last edited before it was kept (shown as the version's time). */
  editedAt: string;
  reason: SnapshotReason;
  /** For 'status-change': the new status; for 'before-restore': when the restored version was taken. */
  detail?: string;
  summary: AssessmentSummary;
  assessment: Assessment;
};

export type BinRow = {
  id: string;
  deletedAt: string;
  summary: AssessmentSummary;
  assessment: Assessment;
  /** The write version when it was deleted; a restore continues from it, so stale tabs still can't overwrite. */
  writeVersion: number;
};

export type SettingRow = { key: string; value: unknown };

export type TemplateRow = {
  /** `${id}@${version}`: a template version is stored once and never changes. */
  key: string;
  id: string;
  version: string;
  /** The definition as learnt (plain data; read back through schemas/template-parse.ts). */
  definition: unknown;
  /** ISO date-time it was stored. */
  addedAt: string;
  /** Where it came from, e.g. the name of the imported file. */
  source: string;
};

export class EiaDatabase extends Dexie {
  assessments!: Table<AssessmentRow, string>;
  summaries!: Table<SummaryRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  bin!: Table<BinRow, string>;
  settings!: Table<SettingRow, string>;
  templates!: Table<TemplateRow, string>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // ⚠ Version 1: the first released schema. NEVER EDIT IT; add version(2) below it instead.
    this.version(1).stores({
      assessments: '&id',
      summaries:
        '&id, updatedAt, [status+updatedAt], titleKey, [status+titleKey], *searchWords, summaryVersion',
      snapshots: '&id, assessmentId, [assessmentId+takenAt]',
      bin: '&id, deletedAt',
      settings: '&key',
    });
    // Version 2: templates learnt at run time. A new store only: no existing row changes.
    this.version(2).stores({ templates: '&key, id' });
  }
}
