import type { Language } from '@schemas/local-text.ts';
import { type Assessment } from '@schemas/assessment.ts';
import { type MergeResult } from '@/domain/merge.ts';
import {
  type ImportChoice,
  type ImportConflict,
  type ImportDecisions,
  type StoreProgress,
} from '../import-store.ts';
import { type Repository } from '../repository.ts';
import { fileProblem, type FileProblem } from '@schemas/file-problems.ts';
import { classifyStorageError, storageProblem } from '../storage-errors.ts';
import { readEiaBrowserFile, type ReadOptions } from './read-eia-file.ts';

/**
 * Importing files the user chose: each file is read and checked through the one parse path, then stored
 * all-or-nothing. When an assessment's id is already stored, nothing is written until the user chooses
 * (bring in the other person's changes, keeping theirs or yours answer by answer; replace; or keep both).
 */

export type ImportedItem = {
  id: string;
  title: string;
  /** The language it is written in (its title is in it). */
  language?: Language;
  /** When the file was merged into the assessment already here: what the merge did. */
  merge?: Extract<MergeResult, { kind: 'merged' }>;
};

/**
 * How far one file has got: read from disk, its assessments checked (parsed, migrated, validated), their
 * library rows made, written. `done` and `total` count assessments (0 of 0 while the file is read).
 */
export type ImportProgress = {
  phase: 'reading' | 'checking' | StoreProgress['phase'];
  done: number;
  total: number;
};

export type ImportOptions = ReadOptions & { onImportProgress?: (progress: ImportProgress) => void };

export type FileImportOutcome =
  /** `problems` in English; `coded` the same as codes and values, for the interface to word. */
  | { kind: 'error'; fileName: string; problems: string[]; coded: FileProblem[] }
  | { kind: 'imported'; fileName: string; items: ImportedItem[] }
  | { kind: 'needs-choice'; fileName: string; assessments: Assessment[]; conflicts: ImportConflict[] };

async function store(
  repository: Repository,
  fileName: string,
  assessments: Assessment[],
  choices: Record<string, ImportChoice>,
  onProgress?: (progress: ImportProgress) => void,
  decisions: ImportDecisions = {},
): Promise<FileImportOutcome> {
  try {
    const stored = await repository.importAssessmentsWithOutcome(assessments, choices, onProgress, decisions);
    return { kind: 'imported', fileName, items: stored };
  } catch (error) {
    return storeFailed(fileName, error);
  }
}

function storeFailed(fileName: string, error: unknown): FileImportOutcome {
  const problem = fileProblem('notStored', {
    file: fileName,
    storage: { storage: classifyStorageError(error), english: storageProblem(error) },
  });
  return { kind: 'error', fileName, problems: [problem.message], coded: [problem] };
}

/**
 * Reads, checks and stores one file. With `onImportProgress` the work is done a slice at a time, the
 * browser getting its turn between slices, and reports how far it has got.
 */
export async function importFile(
  repository: Repository,
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
  options: ImportOptions = {},
): Promise<FileImportOutcome> {
  const { onImportProgress: report, ...readOptions } = options;
  report?.({ phase: 'reading', done: 0, total: 0 });
  const parsed = await readEiaBrowserFile(
    file,
    report
      ? { ...readOptions, onProgress: (p) => report({ phase: 'checking', done: p.checked, total: p.total }) }
      : readOptions,
  );
  if (!parsed.ok) {
    return { kind: 'error', fileName: parsed.fileName, problems: parsed.problems, coded: parsed.coded };
  }
  // The templates the file carries are stored first: its assessments cannot be read without them.
  try {
    await repository.saveTemplates(parsed.templates, parsed.fileName);
  } catch (error) {
    return storeFailed(parsed.fileName, error);
  }
  const conflicts = await repository.findImportConflicts(parsed.assessments);
  if (conflicts.length > 0) {
    return { kind: 'needs-choice', fileName: parsed.fileName, assessments: parsed.assessments, conflicts };
  }
  return store(repository, parsed.fileName, parsed.assessments, {}, report);
}

export function finishImport(
  repository: Repository,
  pending: Extract<FileImportOutcome, { kind: 'needs-choice' }>,
  choices: Record<string, ImportChoice>,
  onImportProgress?: (progress: ImportProgress) => void,
  decisions: ImportDecisions = {},
): Promise<FileImportOutcome> {
  return store(repository, pending.fileName, pending.assessments, choices, onImportProgress, decisions);
}
