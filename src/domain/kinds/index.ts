import { isQuestionKind } from '@schemas/kinds/helpers.ts';
import { type QuestionKind } from '@schemas/kinds/index.ts';
import { choiceOutput } from './choice/choice-output.ts';
import { choicesOutput } from './choices/choices-output.ts';
import { dateOutput } from './date/date-output.ts';
import { impactOutput } from './impact/impact-output.ts';
import type { OutputKind } from './output-kind.ts';
import { tableOutput } from './table/table-output.ts';
import { textOutput } from './text/text-output.ts';
import { textareaOutput } from './textarea/textarea-output.ts';
import { yesNoOutput } from './yes-no/yes-no-output.ts';

/** The domain layer's entry for every question kind (schemas/kinds/index.ts lists the kinds). */
const outputKinds: Record<QuestionKind, OutputKind> = {
  text: textOutput,
  textarea: textareaOutput,
  date: dateOutput,
  'yes-no': yesNoOutput,
  choice: choiceOutput,
  choices: choicesOutput,
  impact: impactOutput,
  table: tableOutput,
};

export function outputKindOf(question: { kind: string }): OutputKind {
  if (!isQuestionKind(question.kind)) throw new Error(`Unknown question kind "${question.kind}"`);
  return outputKinds[question.kind];
}
