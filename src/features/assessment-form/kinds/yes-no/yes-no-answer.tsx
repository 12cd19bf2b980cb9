import { type AnswerValue } from '@schemas/answers.ts';
import { showsFollowUp } from '@schemas/kinds/yes-no/helpers.ts';
import { type YesNoAnswer as Value } from '@schemas/kinds/yes-no/yes-no-kind.ts';
import { type Question } from '@schemas/template-definition.ts';
import { MultilineText } from '@/components/multiline-text.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

/** "Yes" on Check your answers, then the follow-up question and its answer when it was asked. */
export function YesNoAnswer({ question, value }: { question: Question; value: AnswerValue }) {
  const answer = value as Value;
  const t = useT();
  const followUp =
    question.kind === 'yes-no' && question.followUp && showsFollowUp(question, answer.choice)
      ? { label: question.followUp.label, text: answer.followUp }
      : undefined;
  return (
    <>
      {answer.choice.trim() !== '' && (
        <p className="govuk-body">
          {answer.choice === 'yes'
            ? t('common.yes')
            : answer.choice === 'no'
              ? t('common.no')
              : answer.choice}
        </p>
      )}
      {followUp && followUp.text.trim() !== '' && (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{followUp.label}</p>
          <MultilineText text={followUp.text} />
        </>
      )}
    </>
  );
}
