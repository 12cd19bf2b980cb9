import { isQuestionKind, type QuestionKind } from '@schemas/kinds/index.ts';
import { datePartId } from '@/components/date-input.tsx';
import { DateAnswer } from './date/date-answer.tsx';
import { DateQuestionField } from './date/date-question-field.tsx';
import { type FieldKind } from './field-kind.ts';
import { TextAnswer } from './text/text-answer.tsx';
import { TextField } from './text/text-field.tsx';
import { TextareaQuestionField } from './textarea/textarea-question-field.tsx';

/** The form's entry for every question kind (schemas/kinds/index.ts lists the kinds). */
const fieldKinds: Record<QuestionKind, FieldKind> = {
  text: { kind: 'text', Field: TextField, Answer: TextAnswer, targetId: (q) => q.id },
  textarea: { kind: 'textarea', Field: TextareaQuestionField, Answer: TextAnswer, targetId: (q) => q.id },
  date: {
    kind: 'date',
    Field: DateQuestionField,
    Answer: DateAnswer,
    targetId: (q, problem) => datePartId(q.id, problem?.dateParts?.[0] ?? 'day'),
  },
};

export function fieldKindOf(question: { kind: string }): FieldKind {
  if (!isQuestionKind(question.kind)) throw new Error(`Unknown question kind "${question.kind}"`);
  return fieldKinds[question.kind];
}
