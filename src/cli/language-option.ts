import { parseAppendixLanguage, type AppendixLanguage } from '@/domain/appendix-view-models.ts';

/** The help text of `--language`, shared by `eia pdf` and `eia html`. */
export const LANGUAGE_HELP = `  --language LANG     Print the appendix in English (en), Welsh (cy) or both (both:
                      English, then Welsh), whatever the assessment chose on
                      Publication details. Default: that choice, or the language the
                      assessment is written in. A template without Welsh prints English.`;

/** `--language en|cy|both` read, or the usage error to print. */
export function languageOption(
  value: string | undefined,
): { language: AppendixLanguage | undefined } | { error: string } {
  if (value === undefined) return { language: undefined };
  const language = parseAppendixLanguage(value);
  return language
    ? { language }
    : { error: `--language takes en (English), cy (Welsh) or both, not "${value}".` };
}
