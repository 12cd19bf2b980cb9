import {
  answersSchema,
  emptyAnswers,
  type AnswerKey,
  type Answers,
  type AnswersInput,
  type DateParts,
} from '@schemas/answers.ts';
import { type FieldProblem } from '@schemas/completion.ts';
import { type Question } from '@schemas/template-definition.ts';
import { type UseFormReturn } from 'react-hook-form';
import { datePartId } from '@/components/date-input.tsx';

/** The react-hook-form instance behind the editor: typed input as drafted, `Answers` once parsed. */
export type AnswersForm = UseFormReturn<AnswersInput, unknown, Answers>;

export type DateAnswerKey = { [K in AnswerKey]: Answers[K] extends DateParts ? K : never }[AnswerKey];
export type TextAnswerKey = Exclude<AnswerKey, DateAnswerKey>;

/**
 * The form's values as `Answers`. Values always parse (every field is capped below the schema's limit
 * by its `maxlength`), but if they ever did not, every typed string is kept as it is: a draft is never
 * dropped because it failed a check.
 */
export function toAnswers(values: AnswersInput): Answers {
  const parsed = answersSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const answers: Record<string, unknown> = { ...emptyAnswers() };
  for (const [key, value] of Object.entries(values)) {
    if (!(key in answers)) continue;
    if (typeof value === 'string') answers[key] = value;
    else if (value && typeof value === 'object') {
      const parts = value as Partial<DateParts>;
      answers[key] = { day: parts.day ?? '', month: parts.month ?? '', year: parts.year ?? '' };
    }
  }
  return answers as Answers;
}

/** True when both hold the same text in every answer. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return (Object.keys(a) as AnswerKey[]).every((key) => {
    const x = a[key];
    const y = b[key];
    if (typeof x === 'string' || typeof y === 'string') return x === y;
    return x.day === y.day && x.month === y.month && x.year === y.year;
  });
}

/** The id of the element to focus for a question: for a date, its first wrong part (or the day). */
export function fieldTargetId(question: Question, problem?: FieldProblem): string {
  if (question.kind !== 'date') return question.id;
  return datePartId(question.id, problem?.dateParts?.[0] ?? 'day');
}

/** Template descriptors are written to follow the label ("Age — includes children…"); as a hint they start a sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
