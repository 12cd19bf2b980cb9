import { type AnswersInput } from '@schemas/answers.ts';
import { useWatch } from 'react-hook-form';
import { CharacterCount } from '@/components/character-count.tsx';
import { type AnswersForm } from './answers-form.ts';

/** Limits above this many characters only show the count from 75% of the limit (GOV.UK threshold). */
const LONG_LIMIT = 1000;

/**
 * The character count of one field, fed by watching only that field: typing re-renders this small
 * component and nothing else.
 */
export function LiveCharacterCount({
  control,
  name,
  maxLength,
}: {
  control: AnswersForm['control'];
  name: string;
  maxLength: number;
}) {
  const length = useWatch({
    control,
    name,
    exact: true,
    compute: (value: AnswersInput[string]) => (typeof value === 'string' ? value.length : 0),
  });
  return <CharacterCount length={length} maxLength={maxLength} threshold={maxLength > LONG_LIMIT ? 75 : 0} />;
}
