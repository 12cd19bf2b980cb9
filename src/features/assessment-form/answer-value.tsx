import { answerOf, isAnswerEmpty } from '@schemas/plain/answers.ts';
import { type Answers } from '@schemas/answers.ts';
import { type Question } from '@schemas/template-definition.ts';
import { fieldKindOf } from './kinds/index.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { type Language } from '@schemas/local-text.ts';
import { useTemplateLang } from '@/components/template-text.tsx';

/**
 * One answer as shown on Check your answers: "Not answered", or the answer as its kind shows it. `language`:
 * the language the answers are written in (the assessment's), marked when it is not the page's.
 */
export function AnswerValue({
  question,
  answers,
  language = 'en',
}: {
  question: Question;
  answers: Answers;
  language?: Language;
}) {
  const t = useT();
  const lang = useTemplateLang(language);
  if (isAnswerEmpty(question, answers))
    return <span className="govuk-hint govuk-!-margin-0">{t('form.notAnswered')}</span>;
  const { Answer } = fieldKindOf(question);
  const answer = <Answer question={question} value={answerOf(question, answers)} language={language} />;
  return lang ? <div lang={lang}>{answer}</div> : answer;
}
