import {
  asksMitigation,
  isImpactRating,
  impactLabels,
  ratingsInOrder,
  ratingsText,
} from '@schemas/kinds/impact/helpers.ts';
import { type ImpactAnswer } from '@schemas/kinds/impact/impact-kind.ts';
import type { Question } from '@schemas/template-definition.ts';
import { parseAnswerBlocks } from '../../answer-blocks.ts';
import type { OutputKind, PdfAnswerPart } from '../output-kind.ts';

/** The parts of an impact answer to print, each with its label: ratings in words, why, mitigation. */
function parts(question: Question, value: ImpactAnswer): Array<{ label: string; text: string }> {
  const labels = impactLabels(question.kind === 'impact' ? question : {});
  const out: Array<{ label: string; text: string }> = [];
  if (value.ratings.length > 0) out.push({ label: 'Impact', text: ratingsText(value.ratings) });
  if (value.why.trim() !== '') out.push({ label: labels.why, text: value.why });
  if (asksMitigation(value) && value.mitigation.trim() !== '') {
    out.push({ label: labels.mitigation, text: value.mitigation });
  }
  return out;
}

/**
 * "Impact: Negative, Neutral" in words (never a colour alone), then why and the mitigation, each under
 * its question printed as a label, as typed (paragraphs and bullets kept). The rating and the usual
 * questions are in the appendix's language; a question the template words is printed as it words it.
 */
export const impactOutput: OutputKind = {
  kind: 'impact',
  output: (question, value, words) => {
    const answer = value as ImpactAnswer;
    const parts: PdfAnswerPart[] = [];
    if (answer.ratings.length > 0) {
      const ratings = ratingsInOrder(answer.ratings).map((r) => (isImpactRating(r) ? words.ratings[r] : r));
      parts.push({
        label: words.impact,
        blocks: [{ kind: 'paragraph', text: ratings.join(', ') }],
        inline: true,
      });
    }
    const labels: { whyLabel?: string; mitigationLabel?: string } =
      question.kind === 'impact' ? question : {};
    if (answer.why.trim() !== '') {
      parts.push({ label: labels.whyLabel ?? words.why, blocks: parseAnswerBlocks(answer.why) });
    }
    if (asksMitigation(answer) && answer.mitigation.trim() !== '') {
      parts.push({
        label: labels.mitigationLabel ?? words.mitigation,
        blocks: parseAnswerBlocks(answer.mitigation),
      });
    }
    return { kind: 'parts', blocks: [], parts };
  },
  displayText: (question, value) =>
    parts(question, value as ImpactAnswer)
      .map((p) => `${p.label}: ${p.text}`)
      .join('\n\n'),
  /**
   * "Impact: Negative, Neutral", then "Why: …" and "Mitigation: …" on the next lines. A mitigation
   * typed before negative was unticked is kept in the cell too: nothing typed is lost.
   */
  csvCell: (_question, value) => {
    const answer = value as ImpactAnswer;
    return [
      answer.ratings.length > 0 ? `Impact: ${ratingsText(answer.ratings)}` : '',
      answer.why.trim() !== '' ? `Why: ${answer.why}` : '',
      answer.mitigation.trim() !== '' ? `Mitigation: ${answer.mitigation}` : '',
    ]
      .filter(Boolean)
      .join('\n');
  },
  reasonText: (_question, value) => (value as ImpactAnswer).why,
  statesAnEffect: (_question, value) =>
    (value as ImpactAnswer).ratings.some((rating) => isImpactRating(rating) && rating !== 'neutral'),
  gridText: (_question, value) => ratingsText((value as ImpactAnswer).ratings),
  reviewFinding: (_question, value) => {
    const answer = value as ImpactAnswer;
    const rated = answer.ratings.some(isImpactRating);
    if (!rated) {
      return {
        title: 'No impact rating chosen',
        explanation:
          'Choose positive, negative, neutral or not known (more than one if the work helps some people in this group and harms others), so the committee can see the impact at a glance.',
      };
    }
    if (answer.why.trim() === '') {
      return {
        title: 'Gives a rating but not why',
        explanation:
          'Say why you chose this rating: who in this group could be affected, how, and what the evidence or engagement showed. A rating on its own does not show the group was considered.',
      };
    }
    if (asksMitigation(answer) && answer.mitigation.trim() === '') {
      return {
        title: 'Negative impact with nothing planned about it',
        explanation:
          'Say what you will do to remove or reduce the negative impact (or why it is justified), who will do it and by when, and add it to the action plan.',
      };
    }
    if (answer.ratings.includes('not-known')) {
      return {
        title: 'Impact not known yet',
        explanation:
          'Say how you will find out (the evidence you will gather or who you will ask, and by when) and add it to the action plan. Lack of data should not prevent a thorough assessment.',
      };
    }
    return null;
  },
};
