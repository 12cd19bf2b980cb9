import { DEFAULT_MITIGATION_LABEL, DEFAULT_WHY_LABEL, problem } from '../../answer-problems.ts';
import type { QuestionKindHelpers } from '../kind.ts';
import { readDraftOptionValue } from '../../plain/kinds/options.ts';
import { readArray, readObject, withDefault } from '../read-plain.ts';
import { readDraftText } from '../text-like-kind.ts';
import { checkText, isBlank } from '../../plain/kinds/text-answer.ts';
import type { ImpactAnswer, ImpactQuestion } from './impact-kind.ts';

/**
 * The usual per-group impact rating of an EIA: how the work affects one group (positive, negative,
 * neutral, not known: one or more, since a change can help some people in a group and harm others),
 * why, and, when negative is among the ratings, what will be done about it (the mitigation).
 */
export const IMPACT_RATINGS = ['positive', 'negative', 'neutral', 'not-known'] as const;
export type ImpactRating = (typeof IMPACT_RATINGS)[number];

/** The ratings in words (outputs print words, never a colour alone). */
export const IMPACT_RATING_LABELS: Record<ImpactRating, string> = {
  positive: 'Positive',
  negative: 'Negative',
  neutral: 'Neutral',
  'not-known': 'Not known',
};

const readRatings = readArray(readDraftOptionValue, 20);

/** `impactAnswerSchema` (impact-kind.ts), without Zod: every part required. */
export const readImpactAnswer = readObject<ImpactAnswer>({
  ratings: readRatings,
  why: readDraftText,
  mitigation: readDraftText,
});

/** The drafted answer's schema, without Zod: each part empty when missing. */
const readDraftImpact = readObject<ImpactAnswer>({
  ratings: withDefault(readRatings, () => []),
  why: withDefault(readDraftText, () => ''),
  mitigation: withDefault(readDraftText, () => ''),
});

export function isImpactRating(value: string): value is ImpactRating {
  return (IMPACT_RATINGS as readonly string[]).includes(value);
}

/** "Not known"; a value this app does not know, as stored. */
export function impactRatingLabel(value: string): string {
  return isImpactRating(value) ? IMPACT_RATING_LABELS[value] : value;
}

/** The ticked ratings in the usual order (positive, negative, neutral, not known), then unknown values. */
export function ratingsInOrder(ratings: readonly string[]): string[] {
  const known = IMPACT_RATINGS.filter((r) => ratings.includes(r));
  return [...known, ...ratings.filter((r) => !isImpactRating(r))];
}

/** "Negative, Neutral": the ratings in words, in the usual order. */
export function ratingsText(ratings: readonly string[]): string {
  return ratingsInOrder(ratings).map(impactRatingLabel).join(', ');
}

/** True when negative is ticked: the mitigation question is shown, printed and required. */
export function asksMitigation(value: { ratings: readonly string[] }): boolean {
  return value.ratings.includes('negative');
}

/** The why and mitigation labels of a question (the template's, or the usual wording). */
export function impactLabels(question: { whyLabel?: string; mitigationLabel?: string }) {
  return {
    why: question.whyLabel ?? DEFAULT_WHY_LABEL,
    mitigation: question.mitigationLabel ?? DEFAULT_MITIGATION_LABEL,
  };
}

/** The `impact` kind without Zod (impact-kind.ts adds its schemas). */
export const impactHelpers: QuestionKindHelpers<ImpactQuestion, ImpactAnswer> = {
  kind: 'impact',
  description:
    'How the work affects one group: positive, negative, neutral or not known (one or more), why, and what will be done about a negative impact.',
  read: (_question, value) => readDraftImpact(value),
  readAny: readImpactAnswer,
  empty: () => ({ ratings: [], why: '', mitigation: '' }),
  isEmpty: (v) => v.ratings.length === 0 && isBlank(v.why) && isBlank(v.mitigation),
  check: (question, value) => {
    const group = question.label;
    const rated = value.ratings.some(isImpactRating);
    if (!question.required && value.ratings.length === 0 && isBlank(value.why) && isBlank(value.mitigation)) {
      return null;
    }
    if (!rated) {
      return {
        ...(question.requiredMessage !== undefined
          ? problem('custom', { text: question.requiredMessage })
          : problem('impactRating', { group })),
        parts: ['ratings'],
      };
    }
    const max = question.maxLength === undefined ? {} : { maxLength: question.maxLength };
    // The "why" and mitigation questions' labels: '' for the usual wording, which each language words.
    const why = checkText({ label: question.whyLabel ?? '', required: false, ...max }, value.why);
    if (isBlank(value.why)) return { ...problem('impactWhy', { group }), parts: ['why'] };
    if (why) return { ...problem('impactWhyTooLong', why.values), parts: ['why'] };
    if (asksMitigation(value)) {
      const mitigation = checkText(
        { label: question.mitigationLabel ?? '', required: false, ...max },
        value.mitigation,
      );
      if (isBlank(value.mitigation)) {
        return { ...problem('impactMitigation', { group }), parts: ['mitigation'] };
      }
      if (mitigation)
        return { ...problem('impactMitigationTooLong', mitigation.values), parts: ['mitigation'] };
    }
    return null;
  },
  text: (v) =>
    [ratingsText(v.ratings), v.why, asksMitigation(v) ? v.mitigation : '']
      .filter((t) => !isBlank(t))
      .join('\n\n'),
  same: (a, b) =>
    a.why === b.why &&
    a.mitigation === b.mitigation &&
    a.ratings.length === b.ratings.length &&
    a.ratings.every((r, i) => r === b.ratings[i]),
  /**
   * From another impact answer as it is. From a text or textarea (a template that moved from a free-text
   * answer per group to ratings, e.g. HCPC 2018-10 → 2026-01): the text becomes "why", word for word,
   * with no rating ticked. Nothing typed is lost (the rating is a new part, left for the person to
   * choose), so this is lossless. Any other kind: undefined (kept as a question no longer asked).
   */
  convertFrom: ({ kind, value }) => {
    if (kind === 'impact') return readImpactAnswer(value);
    if ((kind === 'text' || kind === 'textarea') && typeof value === 'string') {
      return readDraftText(value) !== undefined ? { ratings: [], why: value, mitigation: '' } : undefined;
    }
    return undefined;
  },
};
