import { type AnswerValue } from '@schemas/answers.ts';
import { optionLabel } from '@schemas/plain/kinds/options.ts';
import { type Question } from '@schemas/template-definition.ts';

/** The chosen option's label on Check your answers. */
export function ChoiceAnswer({ question, value }: { question: Question; value: AnswerValue }) {
  const text = value as string;
  return <>{question.kind === 'choice' ? optionLabel(question.options, text) : text}</>;
}
