import { problem } from '../../answer-problems.ts';
import type { QuestionKindHelpers } from '../kind.ts';
import { readDraftOptionValue } from '../../plain/kinds/options.ts';
import { readObject, withDefault } from '../read-plain.ts';
import { readDraftText } from '../text-like-kind.ts';
import { checkText, isBlank } from '../../plain/kinds/text-answer.ts';
import type { YesNoAnswer, YesNoQuestion } from './yes-no-kind.ts';

/** `yesNoAnswerSchema` (yes-no-kind.ts), without Zod: both parts required. */
export const readYesNoAnswer = readObject<YesNoAnswer>({
  choice: readDraftOptionValue,
  followUp: readDraftText,
});

/** The drafted answer's schema, without Zod: each part '' when missing. */
const readDraftYesNo = readObject<YesNoAnswer>({
  choice: withDefault(readDraftOptionValue, () => ''),
  followUp: withDefault(readDraftText, () => ''),
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

/** The `yes-no` kind without Zod (yes-no-kind.ts adds its schemas). */
export const yesNoHelpers: QuestionKindHelpers<YesNoQuestion, YesNoAnswer> = {
  kind: 'yes-no',
  description: 'Yes or no, with an optional follow-up question for one of the answers ("If yes, explain").',
  read: (_question, value) => readDraftYesNo(value),
  readAny: readYesNoAnswer,
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
    if (kind === 'yes-no') return readYesNoAnswer(value);
    if (kind === 'choice' && (value === 'yes' || value === 'no' || value === '')) {
      return { choice: value, followUp: '' };
    }
    return undefined;
  },
};
