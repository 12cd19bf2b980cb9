import { classifyStorageError, type StorageFailure } from '@/storage/storage-errors.ts';
import { t } from './i18n.ts';

/**
 * What went wrong when storing, in the interface language. src/storage classifies an error (its kind, the
 * browser's name for an unknown one, a refusal's code); the catalogue words it (`storage.*`). English comes
 * out exactly as src/storage's own English (`message`, storageProblem()).
 */

/** Why the latest changes of an assessment were not saved (the save failure and conflict banners). */
export function saveFailureText(failure: StorageFailure): string {
  if (failure.kind === 'refused') return refusalText(failure);
  return t(`storage.saveFailed.${failure.kind}`, { name: failure.name ?? 'Error' });
}

/** A short explanation of a storage error, for actions other than autosave (import, delete, copy, load…). */
export function storageProblemText(error: unknown): string {
  return storageFailureText(classifyStorageError(error));
}

/** As storageProblemText, for an error src/storage has classified already (a file that was not imported). */
export function storageFailureText(failure: StorageFailure): string {
  if (failure.kind === 'refused') return refusalText(failure);
  return t(`storage.problem.${failure.kind}`, { name: failure.name ?? 'Error' });
}

/** A refusal with a code, from the catalogue; one without (none left in src/storage) as it is. */
function refusalText(failure: StorageFailure): string {
  return failure.refusal
    ? t(`storage.refused.${failure.refusal.code}`, failure.refusal.values)
    : failure.message;
}
