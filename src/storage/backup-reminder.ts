/**
 * When to remind the user to export a backup (data lives only in this browser). Pure.
 * Remind when there is something to lose and either no backup was ever exported, or the last one is
 * older than BACKUP_REMINDER_DAYS and something changed since.
 */
export const BACKUP_REMINDER_DAYS = 7;

export type BackupReminder = { kind: 'never' } | { kind: 'old'; days: number } | null;

export function backupReminder(input: {
  lastBackupAt: string | null;
  lastEditedAt: string | null;
  assessmentCount: number;
  now: Date;
}): BackupReminder {
  if (input.assessmentCount === 0 || !input.lastEditedAt) return null;
  if (!input.lastBackupAt) return { kind: 'never' };
  const days = Math.floor((input.now.getTime() - Date.parse(input.lastBackupAt)) / 86_400_000);
  if (days >= BACKUP_REMINDER_DAYS && input.lastEditedAt > input.lastBackupAt) return { kind: 'old', days };
  return null;
}
