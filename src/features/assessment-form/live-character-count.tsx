import { useCallback, useSyncExternalStore } from 'react';
import { CharacterCount } from '@/components/character-count.tsx';
import { type AnswersForm } from './answers-form.ts';
import { type LiveAnswers } from './live-answers.ts';

/** Limits above this many characters only show the count from 75% of the limit (GOV.UK threshold). */
const LONG_LIMIT = 1000;

/**
 * The character count of one field, read from the field's value as typed after each change to the form:
 * typing re-renders this small component (when the length changes) and nothing else.
 */
export function LiveCharacterCount({
  form,
  answers,
  name,
  maxLength,
}: {
  form: AnswersForm;
  answers: LiveAnswers;
  name: string;
  maxLength: number;
}) {
  const length = useCallback(() => {
    const value: unknown = form.getValues(name);
    return typeof value === 'string' ? value.length : 0;
  }, [form, name]);
  return (
    <CharacterCount
      length={useSyncExternalStore(answers.subscribe, length, length)}
      maxLength={maxLength}
      threshold={maxLength > LONG_LIMIT ? 75 : 0}
    />
  );
}
