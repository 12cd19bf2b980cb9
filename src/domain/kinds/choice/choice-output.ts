import { optionLabel } from '@schemas/plain/kinds/options.ts';
import type { Question } from '@schemas/template-definition.ts';
import type { OutputKind } from '../output-kind.ts';

function label(question: Question, value: string): string {
  return question.kind === 'choice' ? optionLabel(question.options, value) : value;
}

/** The chosen option's label, in words (a value the template no longer lists, as stored). */
export const choiceOutput: OutputKind = {
  kind: 'choice',
  output: (question, value) => ({
    kind: 'text',
    blocks: [{ kind: 'paragraph', text: label(question, value as string) }],
  }),
  displayText: (question, value) => label(question, value as string),
  csvCell: (question, value) => label(question, value as string),
};
