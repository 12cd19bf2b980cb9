import { type AnswerValue } from '@schemas/answers.ts';
import { inTemplateOrder } from '@schemas/kinds/choices/helpers.ts';
import { optionLabel } from '@schemas/plain/kinds/options.ts';
import { type Question } from '@schemas/template-definition.ts';

/** The ticked options' labels on Check your answers, one per line. */
export function ChoicesAnswer({ question, value }: { question: Question; value: AnswerValue }) {
  const values = value as string[];
  const labels =
    question.kind === 'choices'
      ? inTemplateOrder(question.options, values).map((v) => optionLabel(question.options, v))
      : values;
  return (
    <ul className="govuk-list">
      {labels.map((label, index) => (
        <li key={index}>{label}</li>
      ))}
    </ul>
  );
}
