import { type Settings } from './settings-store.ts';

/**
 * Persistent storage: browsers may clear a site's data under storage pressure (and Safari after 7 days
 * without a visit) unless the site is granted persistence. Asked once, at the first save; the answer is
 * remembered so the library can say whether the browser will keep the assessments.
 */
export type PersistenceState = NonNullable<Settings['persistence']>;

export async function askForPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Asks once per browser (remembered in settings); later calls return the remembered answer. */
export async function ensurePersistenceAsked(repository: {
  getSetting(key: 'persistence'): Promise<Settings['persistence']>;
  setSetting(key: 'persistence', value: Settings['persistence']): Promise<void>;
}): Promise<PersistenceState> {
  const known = await repository.getSetting('persistence');
  if (known === 'granted') return known;
  const answer = await askForPersistence();
  if (answer !== known) await repository.setSetting('persistence', answer);
  return answer;
}
