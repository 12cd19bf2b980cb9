import { isQuestionKind } from '@schemas/kinds/helpers.ts';
import { type QuestionKind } from '@schemas/kinds/index.ts';
import { datePartId } from '@/components/date-input.tsx';
import { ChoiceAnswer } from './choice/choice-answer.tsx';
import { ChoiceField } from './choice/choice-field.tsx';
import { ChoicesAnswer } from './choices/choices-answer.tsx';
import { ChoicesField } from './choices/choices-field.tsx';
import { DateAnswer } from './date/date-answer.tsx';
import { DateQuestionField } from './date/date-question-field.tsx';
import { type FieldKind } from './field-kind.ts';
import { type Question } from '@schemas/template-definition.ts';
import { ImpactAnswer } from './impact/impact-answer.tsx';
import { ImpactField, mitigationId, whyId } from './impact/impact-field.tsx';
import { TableAnswer } from './table/table-answer.tsx';
import { addRowId, TableField } from './table/table-field.tsx';
import { cellId } from './table/table-row-fields.tsx';
import { TextAnswer } from './text/text-answer.tsx';
import { TextField } from './text/text-field.tsx';
import { TextareaQuestionField } from './textarea/textarea-question-field.tsx';
import { YesNoAnswer } from './yes-no/yes-no-answer.tsx';
import { followUpId, YesNoField } from './yes-no/yes-no-field.tsx';

/**
 * The form's entry for every question kind (schemas/kinds/index.ts lists the kinds). answer-kinds.ts holds
 * the same `Answer` components alone, for pages that only show answers.
 */
const fieldKinds: Record<QuestionKind, FieldKind> = {
  text: { kind: 'text', Field: TextField, Answer: TextAnswer, targetId: (q) => q.id },
  textarea: { kind: 'textarea', Field: TextareaQuestionField, Answer: TextAnswer, targetId: (q) => q.id },
  date: {
    kind: 'date',
    Field: DateQuestionField,
    Answer: DateAnswer,
    targetId: (q, problem) => datePartId(q.id, problem?.dateParts?.[0] ?? 'day'),
  },
  'yes-no': {
    kind: 'yes-no',
    Field: YesNoField,
    Answer: YesNoAnswer,
    // The check names the part: the radios (the first is the question's id) or the follow-up's text.
    targetId: (q, problem) =>
      (problem?.dateParts as string[] | undefined)?.includes('followUp') ? followUpId(q.id) : q.id,
  },
  choice: {
    kind: 'choice',
    Field: ChoiceField,
    Answer: ChoiceAnswer,
    targetId: (q) => q.id,
    controls: options,
  },
  choices: {
    kind: 'choices',
    Field: ChoicesField,
    Answer: ChoicesAnswer,
    targetId: (q) => q.id,
    controls: options,
  },
  impact: {
    kind: 'impact',
    Field: ImpactField,
    Answer: ImpactAnswer,
    // The check names the part: the ratings (the first box is the question's id), why or the mitigation.
    targetId: (q, problem) => {
      const part = problem?.dateParts?.[0] as string | undefined;
      if (part === 'why') return whyId(q.id);
      if (part === 'mitigation') return mitigationId(q.id);
      return q.id;
    },
    // The four ratings, why, and what will be done about it.
    controls: () => 6,
  },
  table: {
    kind: 'table',
    Field: TableField,
    Answer: TableAnswer,
    // The check names "add" (no rows, too many) or a cell as "rowIndex.columnId[.datePart]".
    targetId: (q, problem) => {
      const part = problem?.dateParts?.[0] as string | undefined;
      if (!part || part === 'add') return addRowId(q.id);
      const [row, column, datePart] = part.split('.');
      const id = cellId(q.id, Number(row), column ?? '');
      return datePart ? `${id}-${datePart}` : id;
    },
    // Each row's cells and its buttons (move up, move down, remove), and the add button.
    controls: (q, value) =>
      (Array.isArray(value) ? value.length : 0) * ((q.kind === 'table' ? q.columns.length : 0) + 3) + 1,
  },
};

/** A choice's or choices' options, one control each. */
function options(question: Question): number {
  return 'options' in question && Array.isArray(question.options) ? question.options.length : 1;
}

export function fieldKindOf(question: { kind: string }): FieldKind {
  if (!isQuestionKind(question.kind)) throw new Error(`Unknown question kind "${question.kind}"`);
  return fieldKinds[question.kind];
}
