import { z } from 'zod';
import { problem } from '../../answer-problems.ts';
import { localTextSchema, requiredLocalTextSchema } from '../../local-text.ts';
import { baseQuestionShape } from '../base-question.ts';
import type { QuestionKindSchemas } from '../kind.ts';
import { draftOptionValueSchema } from '../options.ts';
import { checkText, draftTextSchema, isBlank } from '../text-answer.ts';

/** The follow-up question shown under the radios when the answer is `followUpWhen` ("If yes, explain"). */
export const followUpSchema = z.strictObject({
  label: requiredLocalTextSchema,
  hint: localTextSchema.optional(),
  /** Required (when shown) to mark the section completed. */
  required: z.boolean().default(false),
});

export const yesNoQuestionSchema = z.strictObject({
  ...baseQuestionShape,
  kind: z.literal('yes-no'),
  followUp: followUpSchema.optional(),
  /** The answer that shows the follow-up question ("yes" when not given). */
  followUpWhen: z.enum(['yes', 'no']).optional(),
});
export type YesNoQuestion = z.infer<typeof yesNoQuestionSchema>;

/**
 * A yes / no answer as drafted: `choice` is 'yes', 'no' or '' (any other value an imported file holds
 * is kept as it is), and the follow-up's text, kept even while its question is hidden.
 */
export const yesNoAnswerSchema = z.object({
  choice: draftOptionValueSchema,
  followUp: draftTextSchema,
});
export type YesNoAnswer = z.infer<typeof yesNoAnswerSchema>;

const draftYesNoSchema = z.object({
  choice: draftOptionValueSchema.default(''),
  followUp: draftTextSchema.default(''),
});

export const YES_NO_LABELS: Record<string, string> = { yes: 'Yes', no: 'No' };

/** True when the follow-up question is shown (and printed) for this answer. */
export function showsFollowUp(question: { followUp?: unknown; followUpWhen?: 'yes' | 'no' }, choice: string) {
  return question.followUp !== undefined && choice === (question.followUpWhen ?? 'yes');
}

/** "Yes" / "No"; another stored value as it is. */
export function yesNoLabel(choice: string): string {
  return YES_NO_LABELS[choice] ?? choice;
}

/** Radios "Yes" and "No", with an optional follow-up question for one of them (GOV.UK conditional reveal). */
export const yesNoKind: QuestionKindSchemas<YesNoQuestion, YesNoAnswer> = {
  kind: 'yes-no',
  description: 'Yes or no, with an optional follow-up question for one of the answers ("If yes, explain").',
  question: yesNoQuestionSchema,
  answer: () => draftYesNoSchema,
  anyAnswer: yesNoAnswerSchema,
  empty: () => ({ choice: '', followUp: '' }),
  isEmpty: (v) => isBlank(v.choice) && isBlank(v.followUp),
  check: (question, value) => {
    if (value.choice !== 'yes' && value.choice !== 'no') {
      if (!question.required && isBlank(value.choice)) return null;
      return {
        ...(question.requiredMessage !== undefined
          ? problem('custom', { text: question.requiredMessage })
          : problem('selectYesNo', { label: question.label })),
        parts: ['choice'],
      };
    }
    if (question.followUp && showsFollowUp(question, value.choice)) {
      const followUpProblem = checkText(
        {
          ...question.followUp,
          ...(question.maxLength === undefined ? {} : { maxLength: question.maxLength }),
        },
        value.followUp,
      );
      if (followUpProblem) return { ...followUpProblem, parts: ['followUp'] };
    }
    return null;
  },
  text: (v, question) =>
    [yesNoLabel(v.choice), showsFollowUp(question, v.choice) ? v.followUp : '']
      .filter((t) => !isBlank(t))
      .join('\n\n'),
  same: (a, b) => a.choice === b.choice && a.followUp === b.followUp,
  convertFrom: ({ kind, value }) => {
    if (kind === 'yes-no') return yesNoAnswerSchema.safeParse(value).data;
    if (kind === 'choice' && (value === 'yes' || value === 'no' || value === '')) {
      return { choice: value, followUp: '' };
    }
    return undefined;
  },
};
