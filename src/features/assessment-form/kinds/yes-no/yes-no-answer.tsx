import { type AnswerValue } from '@schemas/answers.ts';
import { showsFollowUp, yesNoLabel, type YesNoAnswer as Value } from '@schemas/kinds/yes-no/yes-no-kind.ts';
import { type Question } from '@schemas/template-definition.ts';
import { MultilineText } from '@/components/multiline-text.tsx';

/** "Yes" on Check your answers, then the follow-up question and its answer when it was asked. */
export function YesNoAnswer({ question, value }: { question: Question; value: AnswerValue }) {
  const answer = value as Value;
  const followUp =
    question.kind === 'yes-no' && question.followUp && showsFollowUp(question, answer.choice)
      ? { label: question.followUp.label, text: answer.followUp }
      : undefined;
  return (
    <>
      {answer.choice.trim() !== '' && <p className="govuk-body">{yesNoLabel(answer.choice)}</p>}
      {followUp && followUp.text.trim() !== '' && (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{followUp.label}</p>
          <MultilineText text={followUp.text} />
        </>
      )}
    </>
  );
}
