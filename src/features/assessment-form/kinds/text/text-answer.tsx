import { type AnswerValue } from '@schemas/answers.ts';
import { MultilineText } from '@/components/multiline-text.tsx';

/** A text answer on Check your answers, line breaks kept. */
export function TextAnswer({ value }: { value: AnswerValue }) {
  return <MultilineText text={value as string} />;
}
