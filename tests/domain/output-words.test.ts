// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IMPACT_RATING_LABELS } from '@schemas/kinds/impact/impact-kind.ts';
import type { Language } from '@schemas/local-text.ts';
import { describe, expect, it } from 'vitest';
import { OUTPUT_STRINGS } from '@/domain/output-strings.ts';

/**
 * The words the appendix prints inside answers (output-strings.ts: the PDF worker and the command line do
 * not load the interface's catalogue) are the same words the form shows: one wording per language.
 */
function catalogue(language: Language): Map<string, string> {
  const text = readFileSync(
    fileURLToPath(new URL(`../../src/components/i18n/locales/${language}.po`, import.meta.url)),
    'utf8',
  );
  return new Map(
    [...text.matchAll(/^msgid "(.+)"\nmsgstr "(.*)"$/gm)].map((m) => [m[1]!, m[2]!.replace(/\\"/g, '"')]),
  );
}

describe('the words printed inside answers', () => {
  it.each(['en', 'cy'] as const)('are the form’s own words (%s)', (language) => {
    const messages = catalogue(language);
    const words = OUTPUT_STRINGS[language].answers;
    expect(words.language).toBe(language);
    expect({
      'impact.rating.positive': words.ratings.positive,
      'impact.rating.negative': words.ratings.negative,
      'impact.rating.neutral': words.ratings.neutral,
      'impact.rating.notKnown': words.ratings['not-known'],
      'impact.why': words.why,
      'impact.mitigation': words.mitigation,
      'impact.summary': `${words.impact}: {ratings}`,
      'common.yes': words.yes,
      'common.no': words.no,
    }).toEqual(
      Object.fromEntries(
        [
          'impact.rating.positive',
          'impact.rating.negative',
          'impact.rating.neutral',
          'impact.rating.notKnown',
          'impact.why',
          'impact.mitigation',
          'impact.summary',
          'common.yes',
          'common.no',
        ].map((id) => [id, messages.get(id)]),
      ),
    );
  });

  it.each(['en', 'cy'] as const)(
    'title the answers to questions no longer asked as Check your answers does (%s)',
    (language) => {
      const messages = catalogue(language);
      const words = OUTPUT_STRINGS[language].noLongerAsked;
      expect([words.heading, words.intro, words.version('{version}')]).toEqual([
        messages.get('noLongerAsked.heading'),
        messages.get('noLongerAsked.intro'),
        messages.get('noLongerAsked.version'),
      ]);
    },
  );

  it('say the ratings in English as the schemas layer does (History, CSV)', () => {
    expect(OUTPUT_STRINGS.en.answers.ratings).toEqual(IMPACT_RATING_LABELS);
  });
});
