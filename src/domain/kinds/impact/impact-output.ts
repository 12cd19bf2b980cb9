import {
  asksMitigation,
  impactLabels,
  ratingsText,
  type ImpactAnswer,
} from '@schemas/kinds/impact/impact-kind.ts';
import type { Question } from '@schemas/template-definition.ts';
import { parseAnswerBlocks, type PdfBlock } from '../../answer-blocks.ts';
import type { OutputKind } from '../output-kind.ts';

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
 * its question, as typed (paragraphs and bullets kept).
 */
export const impactOutput: OutputKind = {
  kind: 'impact',
  output: (question, value) => {
    const blocks: PdfBlock[] = [];
    for (const [i, part] of parts(question, value as ImpactAnswer).entries()) {
      if (i === 0 && part.label === 'Impact') {
        blocks.push({ kind: 'paragraph', text: `Impact: ${part.text}` });
        continue;
      }
      blocks.push({ kind: 'paragraph', text: part.label }, ...parseAnswerBlocks(part.text));
    }
    return { kind: 'text', blocks };
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
};
