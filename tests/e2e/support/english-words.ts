import { readFileSync } from 'node:fs';
import { formatter } from '@lingui/format-po';
import { localTextsIn } from '../../../schemas/local-text.ts';
import { builtInTemplates } from '../../../schemas/templates/index.ts';
import { withCommonAdditions } from '../../../src/domain/designer/common-additions.ts';
import { OUTPUT_STRINGS } from '../../../src/domain/output-strings.ts';
import { hcpcNextVersion } from '../../hcpc-next-version.ts';
import { impactTableTemplate } from '../../impact-table-template.ts';

/**
 * The words that betray English on a Welsh page: every word of the interface's English catalogue, of the
 * templates' English wording, of the appendix's English words and the English names of months and days,
 * except the words Welsh uses too (any word of the Welsh catalogue, the templates' Welsh wording or the
 * appendix's Welsh: "PDF", "HCPC", "EIA Builder", "Bin", "a", "i"…). A word in this list, on a page in
 * Welsh and not inside `lang="en"`, is English left untagged: single words count, so "Overview" alone is
 * caught, while proper nouns and shared words never are. Numbers and dates' digits are not words.
 */
const po = formatter({ explicitIdAsDefault: true });
function catalogue(locale: 'en' | 'cy'): string[] {
  const parsed = po.parse(readFileSync(`src/components/i18n/locales/${locale}.po`, 'utf8'), {
    locale,
    sourceLocale: 'en',
    filename: `${locale}.po`,
  }) as Record<string, { translation?: string }>;
  return Object.values(parsed).map((entry) => stripIcu(entry.translation ?? ''));
}

/** A message's words without its ICU syntax (placeholder names, "plural", the plural forms' keywords). */
function stripIcu(message: string): string {
  return message
    .replace(/\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/g, ' ')
    .replace(/\{\s*\w+\s*(,\s*\w+\s*)?\}/g, ' ')
    .replace(/(=\d+|\b(zero|one|two|few|many|other))\s*\{/g, ' ')
    .replace(/[{}#]/g, ' ');
}

export function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2)
    .map((w) => w.toLowerCase());
}

const templates = [
  ...builtInTemplates,
  ...builtInTemplates.map(withCommonAdditions),
  hcpcNextVersion,
  impactTableTemplate,
];

function templateTexts(language: 'en' | 'cy'): string[] {
  return templates.flatMap((t) => [...localTextsIn(t)].map(({ text }) => text[language] ?? ''));
}

function outputTexts(language: 'en' | 'cy'): string[] {
  const texts = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(texts) : [];
  return texts(OUTPUT_STRINGS[language]);
}

function calendar(locale: string): string[] {
  const months = Array.from({ length: 12 }, (_, m) =>
    new Date(Date.UTC(2026, m, 1)).toLocaleString(locale, { month: 'long', timeZone: 'UTC' }),
  );
  const days = Array.from({ length: 7 }, (_, d) =>
    new Date(Date.UTC(2026, 0, 4 + d)).toLocaleString(locale, { weekday: 'long', timeZone: 'UTC' }),
  );
  return [...months, ...days];
}

export function distinctiveEnglishWords(): string[] {
  const english = new Set(
    [...catalogue('en'), ...templateTexts('en'), ...outputTexts('en'), ...calendar('en-GB')].flatMap(wordsOf),
  );
  const welsh = new Set(
    [...catalogue('cy'), ...templateTexts('cy'), ...outputTexts('cy'), ...calendar('cy')].flatMap(wordsOf),
  );
  return [...english].filter((w) => !welsh.has(w)).sort();
}

/**
 * The words that betray Welsh (the interface's Welsh catalogue, the templates' Welsh wording, the appendix's
 * Welsh, Welsh months and days), except any English uses too: one of them inside `lang="en"` on a page is
 * Welsh marked as English (an interface word caught in an English question's wording).
 */
export function distinctiveWelshWords(): string[] {
  const welsh = new Set(
    [...catalogue('cy'), ...templateTexts('cy'), ...outputTexts('cy'), ...calendar('cy')].flatMap(wordsOf),
  );
  const english = new Set(
    [...catalogue('en'), ...templateTexts('en'), ...outputTexts('en'), ...calendar('en-GB')].flatMap(wordsOf),
  );
  return [...welsh].filter((w) => !english.has(w)).sort();
}
