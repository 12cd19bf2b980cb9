import { z } from 'zod';
import { DEFAULT_MITIGATION_LABEL, DEFAULT_WHY_LABEL, problem } from '../../answer-problems.ts';
import { localTextSchema } from '../../local-text.ts';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftOptionValueSchema } from '../options.ts';
import { checkText, draftTextSchema, isBlank } from '../text-answer.ts';

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

export const impactQuestionSchema = z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('impact'),
  /** The "why" question (default "Why do you think this?"). */
  whyLabel: localTextSchema.optional(),
  whyHint: localTextSchema.optional(),
  /** The mitigation question shown when negative is ticked (default "What will you do about the negative impact?"). */
  mitigationLabel: localTextSchema.optional(),
  mitigationHint: localTextSchema.optional(),
});
export type ImpactQuestion = z.infer<typeof impactQuestionSchema>;

export { DEFAULT_MITIGATION_LABEL, DEFAULT_WHY_LABEL };

/**
 * An impact answer as drafted: the ticked ratings (in the order ticked; a value this app does not know,
 * from an imported file, is kept as it is), why, and the mitigation (kept even while negative is unticked,
 * so that unticking and ticking again loses nothing). Every key is required here so that this shape is
 * told apart from the other object answers (a date) when the template is not known.
 */
export const impactAnswerSchema = z.object({
  ratings: z.array(draftOptionValueSchema).max(20),
  why: draftTextSchema,
  mitigation: draftTextSchema,
});
export type ImpactAnswer = z.infer<typeof impactAnswerSchema>;

const draftImpactSchema = z.object({
  ratings: z.array(draftOptionValueSchema).max(20).default([]),
  why: draftTextSchema.default(''),
  mitigation: draftTextSchema.default(''),
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

/** Per-group impact: positive / negative / neutral / not known (one or more), why, and the mitigation. */
export const impactKind: QuestionKindSchemas<ImpactQuestion, ImpactAnswer> = {
  kind: 'impact',
  description:
    'How the work affects one group: positive, negative, neutral or not known (one or more), why, and what will be done about a negative impact.',
  question: impactQuestionSchema,
  answer: () => draftImpactSchema,
  anyAnswer: impactAnswerSchema,
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
    if (kind === 'impact') return impactAnswerSchema.safeParse(value).data;
    if ((kind === 'text' || kind === 'textarea') && typeof value === 'string') {
      return draftTextSchema.safeParse(value).success
        ? { ratings: [], why: value, mitigation: '' }
        : undefined;
    }
    return undefined;
  },
};
