import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateLanguage, t } from '@/components/i18n/i18n.ts';
import { describeCountsIn } from '@/components/i18n/finding-text.ts';

/**
 * Counted words in Welsh: the pronoun agrees with one ("1 i edrych arno", not "arnynt"), and "cwestiwn"
 * mutates after two, three and six as it does elsewhere in the app ("2 gwestiwn", "3 chwestiwn").
 */
beforeAll(() => activateLanguage('cy'));
afterAll(() => activateLanguage('en'));

describe('Welsh counts', () => {
  it('says one answer to look at with a singular pronoun, more with a plural one', () => {
    expect(describeCountsIn({ missing: 4, weak: 1 })).toBe('4 ar goll, 1 i edrych arno');
    expect(describeCountsIn({ missing: 0, weak: 15 })).toBe('15 i edrych arnynt');
  });

  it('mutates "cwestiwn" after 2, 3 and 6 in every list of questions', () => {
    expect(t('findings.questionsColon', { count: 2 })).toBe('2 gwestiwn:');
    expect(t('findings.questionsColon', { count: 3 })).toBe('3 chwestiwn:');
    expect(t('findings.questionsColon', { count: 6 })).toBe('6 chwestiwn:');
    expect(t('findings.questionsColon', { count: 5 })).toBe('5 cwestiwn:');
  });
});
