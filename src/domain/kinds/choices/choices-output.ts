import { inTemplateOrder } from '@schemas/kinds/choices/helpers.ts';
import { optionLabel } from '@schemas/plain/kinds/options.ts';
import type { Question } from '@schemas/template-definition.ts';
import type { OutputKind } from '../output-kind.ts';

/** The ticked options' labels, in the template's order (values it no longer lists, as stored, last). */
function labels(question: Question, value: string[]): string[] {
  if (question.kind !== 'choices') return value;
  return inTemplateOrder(question.options, value).map((v) => optionLabel(question.options, v));
}

export const choicesOutput: OutputKind = {
  kind: 'choices',
  output: (question, value) => {
    const items = labels(question, value as string[]);
    return {
      kind: 'text',
      blocks: [items.length === 1 ? { kind: 'paragraph', text: items[0]! } : { kind: 'bullets', items }],
    };
  },
  displayText: (question, value) => labels(question, value as string[]).join('\n'),
  /** One label per line in the cell, so a spreadsheet filter on "contains" finds each. */
  csvCell: (question, value) => labels(question, value as string[]).join('\n'),
};
