import { showsFollowUp, yesNoLabel } from '@schemas/kinds/yes-no/helpers.ts';
import { type YesNoAnswer } from '@schemas/kinds/yes-no/yes-no-kind.ts';
import type { Question } from '@schemas/template-definition.ts';
import { parseAnswerBlocks, type PdfBlock } from '../../answer-blocks.ts';
import type { OutputKind } from '../output-kind.ts';

/** The follow-up's question and answer, when the choice shows it and something was typed. */
function followUpOf(question: Question, value: YesNoAnswer): { label: string; text: string } | undefined {
  if (question.kind !== 'yes-no' || !question.followUp) return undefined;
  if (!showsFollowUp(question, value.choice) || value.followUp.trim() === '') return undefined;
  return { label: question.followUp.label, text: value.followUp };
}

/** "Yes" (in the appendix's language), then the follow-up question as a label and its answer as typed. */
export const yesNoOutput: OutputKind = {
  kind: 'yes-no',
  output: (question, value, words) => {
    const answer = value as YesNoAnswer;
    const choice = answer.choice === 'yes' ? words.yes : answer.choice === 'no' ? words.no : answer.choice;
    const blocks: PdfBlock[] = choice.trim() !== '' ? [{ kind: 'paragraph', text: choice }] : [];
    const followUp = followUpOf(question, answer);
    return {
      kind: 'parts',
      blocks,
      parts: followUp ? [{ label: followUp.label, blocks: parseAnswerBlocks(followUp.text) }] : [],
    };
  },
  displayText: (question, value) => {
    const answer = value as YesNoAnswer;
    const followUp = followUpOf(question, answer);
    return [yesNoLabel(answer.choice), followUp && `${followUp.label}\n${followUp.text}`]
      .filter(Boolean)
      .join('\n\n');
  },
  /** "Yes", then the follow-up's text on the next lines: nothing typed is lost, even a hidden follow-up. */
  csvCell: (_question, value) => {
    const answer = value as YesNoAnswer;
    return [yesNoLabel(answer.choice), answer.followUp].filter((t) => t.trim() !== '').join('\n');
  },
};
