import { type Assessment } from '@schemas/assessment.ts';
import { backupReminder, type BackupReminder } from './backup-reminder.ts';
import { type LibraryPage, type LibraryQuery } from './library-queries.ts';
import { type Repository } from './repository.ts';
import { type Settings } from './settings-store.ts';
import { useAppStorage } from './storage-context.tsx';
import { useLive } from './use-live.ts';

/** The library's data: one page of summaries (never answers), live across tabs. */
export function useLibraryPage(query: LibraryQuery) {
  const { repository } = useAppStorage();
  const { search = '', status = 'all', sort = 'updated-desc', offset = 0, limit } = query;
  return useLive<LibraryPage>(
    () => repository.listSummaries({ search, status, sort, offset, ...(limit ? { limit } : {}) }),
    [repository, search, status, sort, offset, limit],
  );
}

export type LibraryFacts = {
  stored: number;
  inBin: number;
  lastBackupAt: string | null;
  lastEditedAt: string | null;
  persistence: Settings['persistence'];
  reminder: BackupReminder;
};

/** Counts, backup and persistence facts for the library's reminders. */
export function useLibraryFacts() {
  const { repository } = useAppStorage();
  return useLive<LibraryFacts>(async () => {
    const [stored, inBin, lastBackupAt, lastEditedAt, persistence] = await Promise.all([
      repository.db.summaries.count(),
      repository.db.bin.count(),
      repository.getSetting('lastBackupAt'),
      repository.lastEditedAt(),
      repository.getSetting('persistence'),
    ]);
    const reminder = backupReminder({
      lastBackupAt,
      lastEditedAt,
      assessmentCount: stored,
      now: repository.now(),
    });
    return { stored, inBin, lastBackupAt, lastEditedAt, persistence, reminder };
  }, [repository]);
}

/** Downloads every stored assessment as one .eia.json file and remembers it as the last backup. */
export async function exportEverything(repository: Repository): Promise<{ fileName: string; count: number }> {
  const [all, { downloadAllAssessments }] = await Promise.all([repository.all(), loadDownload()]);
  const now = repository.now();
  const fileName = downloadAllAssessments(all, now);
  await repository.setSetting('lastBackupAt', now.toISOString());
  return { fileName, count: all.length };
}

export async function exportOne(repository: Repository, id: string): Promise<string | null> {
  const [loaded, { downloadAssessment }] = await Promise.all([repository.get(id), loadDownload()]);
  return loaded ? downloadAssessment(loaded.assessment as Assessment, repository.now()) : null;
}

/** The file builder (schemas, templates): loaded on the first export, not with the library. */
function loadDownload() {
  return import('./files/download.ts');
}
