import { useWatch } from 'react-hook-form';
import { UNTITLED } from '@/domain/assessment-summary.ts';
import { type AnswersForm } from './answers-form.ts';

/** The assessment's title as typed so far ("Untitled assessment" when blank); re-renders only when it changes. */
export function useLiveTitle(control: AnswersForm['control']): string {
  return useWatch({
    control,
    name: 'projectTitle',
    exact: true,
    compute: (value: string | undefined) => (value ?? '').trim() || UNTITLED,
  });
}
