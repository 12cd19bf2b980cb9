/**
 * The Zod-free half of schemas/kinds/text-answer.ts (which re-exports it): what the screens an assessment opens on need,
 * so they load no validation library (`npm run bench -- bundle`, schemas/plain/README.md).
 */
import { problem, type CodedProblem } from '../../answer-problems.ts';

/** Upper bound on one answer, so that a hostile or corrupt file cannot exhaust memory. */
export const MAX_DRAFT_ANSWER_LENGTH = 200_000;

/** The checks of a free-text answer: required, and within the question's maximum length. */
export function checkText(
  question: { label: string; required: boolean; requiredMessage?: string; maxLength?: number },
  text: string,
): CodedProblem | null {
  if (question.required && isBlank(text)) {
    return question.requiredMessage !== undefined
      ? problem('custom', { text: question.requiredMessage })
      : problem('answerRequired', { label: question.label });
  }
  if (question.maxLength !== undefined && text.length > question.maxLength) {
    const over = text.length - question.maxLength;
    return problem('tooLong', { label: question.label, max: question.maxLength, over });
  }
  return null;
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}
