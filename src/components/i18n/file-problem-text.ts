import type { FilePhrase, FileValue } from '@schemas/file-problems.ts';
import type { StorageFailure } from '@/storage/storage-errors.ts';
import { currentLanguage, t } from './i18n.ts';
import { problemText } from './problem-text.ts';
import { storageFailureText } from './storage-text.ts';

/**
 * Why a file cannot be imported, in the interface language. The parse path gives a code and its values
 * (schemas/file-problems.ts: where in the file, which field, what was found), the catalogue words each
 * (`file.<code>`), inner phrases first. English comes out exactly as the parse path's own English, which the
 * command line prints (tests/components/i18n/file-problem-text.test.ts).
 */
export function fileProblemText(problem: FilePhrase): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.values)) values[name] = valueText(value);
  return t(`file.${problem.code}`, values);
}

function valueText(value: FileValue): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('list' in value) {
    const locale = currentLanguage() === 'cy' ? 'cy' : 'en-GB';
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(value.list);
  }
  if ('answer' in value) return problemText(value.answer);
  if ('storage' in value) return storageFailureText(value.storage as StorageFailure);
  return fileProblemText(value);
}
