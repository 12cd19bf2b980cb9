import { type PublicationDefaults } from '@/domain/publication.ts';
import { type StorageContext } from './context.ts';

/** Small facts kept in table `settings`. */
export type Settings = {
  /** ISO time of the last "Export all" (a full backup). */
  lastBackupAt: string | null;
  /** Result of navigator.storage.persist(): 'granted', 'denied' or 'unsupported'; null until asked. */
  persistence: 'granted' | 'denied' | 'unsupported' | null;
  /** How new assessments' PDFs are headed (appendix label, organisation, committee, "About this form"); null until set. */
  publicationDefaults: PublicationDefaults | null;
  /** The template (id) last chosen for a new assessment, offered first next time; null until chosen. */
  newAssessmentTemplate: string | null;
};

const DEFAULTS: Settings = {
  lastBackupAt: null,
  persistence: null,
  publicationDefaults: null,
  newAssessmentTemplate: null,
};

export async function getSetting<K extends keyof Settings>(
  ctx: StorageContext,
  key: K,
): Promise<Settings[K]> {
  const row = await ctx.db.settings.get(key);
  return row ? (row.value as Settings[K]) : DEFAULTS[key];
}

export async function setSetting<K extends keyof Settings>(
  ctx: StorageContext,
  key: K,
  value: Settings[K],
): Promise<void> {
  await ctx.db.settings.put({ key, value });
}
