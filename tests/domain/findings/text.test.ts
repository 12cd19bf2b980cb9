import { describe, expect, it } from 'vitest';
import { hasSignal, normaliseText, similarity, wordCount } from '@/domain/findings/index.ts';

const SEED_GROUP = 'No impacts are expected to arise from this work for this group.';
const SEED_AREA = 'No impacts are expected to arise from this work for this area.';
const THRESHOLD = 0.8;

describe('normaliseText', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(normaliseText('  No   impact.\nAt ALL! ')).toBe('no impact at all');
    expect(normaliseText("Doesn't apply – n/a")).toBe('doesnt apply n a');
  });

  it('counts words the same way', () => {
    expect(wordCount('No impact on this group.')).toBe(5);
    expect(wordCount('   ')).toBe(0);
  });
});

describe('similarity (token-set Jaccard) and the 0.8 threshold', () => {
  it('scores identical text as 1 whatever the punctuation or case', () => {
    expect(similarity(SEED_GROUP, SEED_GROUP.toUpperCase().replace('.', '!'))).toBe(1);
  });

  it('catches the seed’s one-word change (“group” / “area”)', () => {
    const score = similarity(SEED_GROUP, SEED_AREA);
    expect(score).toBeCloseTo(10 / 12, 5);
    expect(score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('catches a copied sentence with only the group’s name swapped, once names are ignored', () => {
    const names = new Set(['age', 'race']);
    expect(similarity('No impact on age.', 'No impact on race.')).toBeLessThan(THRESHOLD);
    expect(similarity('No impact on age.', 'No impact on race.', names)).toBe(1);
  });

  it('does not catch a copied sentence that goes on to give a real reason', () => {
    const reasoned = `${SEED_GROUP.slice(0, -1)}, because the guidance applies equally to all registrants whatever their age.`;
    expect(similarity(SEED_GROUP, reasoned)).toBeLessThan(THRESHOLD);
  });

  it('does not catch two genuine answers that share ordinary words', () => {
    const a =
      'Older registrants may be less familiar with privacy settings, so the guidance now includes a step-by-step example.';
    const b =
      'Disabled registrants who use screen readers can read the guidance, which we will publish as accessible HTML.';
    expect(similarity(a, b)).toBeLessThan(0.3);
  });

  it('still catches a long answer copied with one word changed', () => {
    const long =
      'We considered whether the revised guidance could disadvantage this group and found nothing in the consultation responses or our registrant data that suggests it would, because the guidance applies to every registrant in the same way.';
    expect(similarity(long, long.replace('revised', 'updated'))).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('treats text with no words as not comparable', () => {
    expect(similarity('...', '...')).toBe(0);
  });
});

describe('hasSignal', () => {
  it('knows placeholders', () => {
    for (const text of ['n/a', 'N/A.', 'None', 'no impact', 'TBC', ' - '])
      expect(hasSignal(text, 'placeholder')).toBe(true);
    expect(hasSignal('No impact because it applies to everyone', 'placeholder')).toBe(false);
  });

  it('tells a bare “no impact” from one with a reason', () => {
    expect(hasSignal(SEED_GROUP, 'no-impact-claim')).toBe(true);
    expect(hasSignal(SEED_GROUP, 'gives-reason')).toBe(false);
    expect(hasSignal('No impact, as the guidance applies equally to all.', 'gives-reason')).toBe(true);
  });

  it('tells whether evidence names a source', () => {
    expect(hasSignal('Results of the 2018 registrant survey (1,204 responses).', 'names-source')).toBe(true);
    expect(hasSignal('Engagement activity with key stakeholders.', 'names-source')).toBe(false);
    expect(
      hasSignal(
        'There is no data available because we do not collect it; we will ask in 2020.',
        'explains-no-evidence',
      ),
    ).toBe(true);
  });
});
