import { isQuestionKind, type QuestionKind } from '@schemas/kinds/helpers.ts';
import { ChoiceAnswer } from './choice/choice-answer.tsx';
import { ChoicesAnswer } from './choices/choices-answer.tsx';
import { DateAnswer } from './date/date-answer.tsx';
import { type FieldKind } from './field-kind.ts';
import { ImpactAnswer } from './impact/impact-answer.tsx';
import { TableAnswer } from './table/table-answer.tsx';
import { TextAnswer } from './text/text-answer.tsx';
import { YesNoAnswer } from './yes-no/yes-no-answer.tsx';

/**
 * How each kind shows an answer (Check your answers, review, history): the display half of the form's
 * registry (index.ts), without the fields, so a page that only shows answers loads no form library.
 */
const answerKinds: Record<QuestionKind, Pick<FieldKind, 'Answer'>> = {
  text: { Answer: TextAnswer },
  textarea: { Answer: TextAnswer },
  date: { Answer: DateAnswer },
  'yes-no': { Answer: YesNoAnswer },
  choice: { Answer: ChoiceAnswer },
  choices: { Answer: ChoicesAnswer },
  impact: { Answer: ImpactAnswer },
  table: { Answer: TableAnswer },
};

export function answerKindOf(question: { kind: string }): Pick<FieldKind, 'Answer'> {
  if (!isQuestionKind(question.kind)) throw new Error(`Unknown question kind "${question.kind}"`);
  return answerKinds[question.kind];
}
