import { assessmentLanguage } from '@schemas/plain/assessment.ts';
import { type Assessment } from '@schemas/assessment.ts';
import type { Language } from '@schemas/local-text.ts';

/*
 * Which languages an appendix is printed in: apart from the view-models (appendix-view-models.ts), so the
 * task list, which only says it, does not load the PDF's view-model code.
 */

/** What the appendix is printed in: English, Welsh, or both (English, then Welsh). */
export type AppendixLanguage = Language | 'both';

export const APPENDIX_LANGUAGES: readonly AppendixLanguage[] = ['en', 'cy', 'both'];

/** Reads `--language en|cy|both` and the like; undefined for anything else. */
export function parseAppendixLanguage(text: string): AppendixLanguage | undefined {
  return APPENDIX_LANGUAGES.find((l) => l === text.trim().toLowerCase());
}

/**
 * The languages the appendix is printed in, in order: the one asked for (`override`: the command line's
 * --language), else the one chosen on Publication details, else the assessment's own language. Only
 * languages the template has: a Welsh or bilingual appendix of an English-only template is English.
 */
export function appendixLanguages(
  assessment: Assessment,
  available: readonly Language[],
  override?: AppendixLanguage,
): Language[] {
  const choice = override ?? assessment.publication.appendixLanguage ?? assessmentLanguage(assessment);
  const wanted: Language[] = choice === 'both' ? ['en', 'cy'] : [choice];
  const printed = wanted.filter((l) => available.includes(l));
  return printed.length > 0 ? printed : [available[0] ?? 'en'];
}

/** "English", "Welsh" or "English, then Welsh": what the task list says the appendix is printed in. */
export function describeAppendixLanguages(languages: readonly Language[]): string {
  return languages.map((l) => (l === 'cy' ? 'Welsh' : 'English')).join(', then ');
}
