import { answerOf, isAnswerEmpty, type Answers } from '@schemas/answers.ts';
import { type Question } from '@schemas/template-definition.ts';
import { fieldKindOf } from './kinds/index.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/** One answer as shown on Check your answers: "Not answered", or the answer as its kind shows it. */
export function AnswerValue({ question, answers }: { question: Question; answers: Answers }) {
  const t = useT();
  if (isAnswerEmpty(question, answers))
    return <span className="govuk-hint govuk-!-margin-0">{t('form.notAnswered')}</span>;
  const { Answer } = fieldKindOf(question);
  return <Answer question={question} value={answerOf(question, answers)} />;
}
