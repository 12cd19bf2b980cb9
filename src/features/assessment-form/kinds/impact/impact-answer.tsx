import { type AnswerValue } from '@schemas/answers.ts';
import { asksMitigation, isImpactRating, ratingsInOrder } from '@schemas/kinds/impact/helpers.ts';
import { type ImpactAnswer as Value } from '@schemas/kinds/impact/impact-kind.ts';
import { type Question } from '@schemas/template-definition.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { MultilineText } from '@/components/multiline-text.tsx';
import { RATING_MESSAGE } from './rating-messages.ts';

/** The ratings in words on Check your answers, then why and the mitigation under their questions. */
export function ImpactAnswer({ question, value }: { question: Question; value: AnswerValue }) {
  const t = useT();
  const answer = value as Value;
  const labels = {
    why: (question.kind === 'impact' && question.whyLabel) || t('impact.why'),
    mitigation: (question.kind === 'impact' && question.mitigationLabel) || t('impact.mitigation'),
  };
  const ratings = ratingsInOrder(answer.ratings)
    .map((r) => (isImpactRating(r) ? t(RATING_MESSAGE[r]) : r))
    .join(', ');
  const parts = [
    { label: labels.why, text: answer.why },
    ...(asksMitigation(answer) ? [{ label: labels.mitigation, text: answer.mitigation }] : []),
  ].filter((p) => p.text.trim() !== '');
  return (
    <>
      {answer.ratings.length > 0 && <p className="govuk-body">{t('impact.summary', { ratings })}</p>}
      {parts.map((p) => (
        <div key={p.label}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{p.label}</p>
          <MultilineText text={p.text} />
        </div>
      ))}
    </>
  );
}
