import { z } from 'zod';
import { DEFAULT_MITIGATION_LABEL, DEFAULT_WHY_LABEL } from '../../answer-problems.ts';
import { localTextSchema } from '../../local-text.ts';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftOptionValueSchema } from '../options.ts';
import { draftTextSchema } from '../text-answer.ts';
import { impactHelpers } from './helpers.ts';

export {
  IMPACT_RATINGS,
  IMPACT_RATING_LABELS,
  asksMitigation,
  impactLabels,
  impactRatingLabel,
  isImpactRating,
  ratingsInOrder,
  ratingsText,
  readImpactAnswer,
  type ImpactRating,
} from './helpers.ts';

export const impactQuestionSchema = /* @__PURE__ */ z.strictObject({
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
export const impactAnswerSchema = /* @__PURE__ */ z.object({
  ratings: z.array(draftOptionValueSchema).max(20),
  why: draftTextSchema,
  mitigation: draftTextSchema,
});
export type ImpactAnswer = z.infer<typeof impactAnswerSchema>;

const draftImpactSchema = /* @__PURE__ */ z.object({
  ratings: z.array(draftOptionValueSchema).max(20).default([]),
  why: draftTextSchema.default(''),
  mitigation: draftTextSchema.default(''),
});

/** Per-group impact: positive / negative / neutral / not known (one or more), why, and the mitigation. */
export const impactKind: QuestionKindSchemas<ImpactQuestion, ImpactAnswer> = {
  ...impactHelpers,
  question: impactQuestionSchema,
  answer: () => draftImpactSchema,
  anyAnswer: impactAnswerSchema,
};
