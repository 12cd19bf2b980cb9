import type { ImpactRating } from '@schemas/kinds/impact/impact-kind.ts';

/** The catalogue id (src/components/i18n/locales) of each rating's words in the interface language. */
export const RATING_MESSAGE: Record<ImpactRating, string> = {
  positive: 'impact.rating.positive',
  negative: 'impact.rating.negative',
  neutral: 'impact.rating.neutral',
  'not-known': 'impact.rating.notKnown',
};
