import { type AnswerValue } from '@schemas/answers.ts';
import {
  asksMitigation,
  impactLabels,
  ratingsText,
  type ImpactAnswer as Value,
} from '@schemas/kinds/impact/impact-kind.ts';
import { type Question } from '@schemas/template-definition.ts';
import { MultilineText } from '@/components/multiline-text.tsx';

/** The ratings in words on Check your answers, then why and the mitigation under their questions. */
export function ImpactAnswer({ question, value }: { question: Question; value: AnswerValue }) {
  const answer = value as Value;
  const labels = impactLabels(question.kind === 'impact' ? question : {});
  const parts = [
    { label: labels.why, text: answer.why },
    ...(asksMitigation(answer) ? [{ label: labels.mitigation, text: answer.mitigation }] : []),
  ].filter((p) => p.text.trim() !== '');
  return (
    <>
      {answer.ratings.length > 0 && <p className="govuk-body">Impact: {ratingsText(answer.ratings)}</p>}
      {parts.map((p) => (
        <div key={p.label}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{p.label}</p>
          <MultilineText text={p.text} />
        </div>
      ))}
    </>
  );
}
