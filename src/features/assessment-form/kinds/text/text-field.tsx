import { FreeTextField } from '@/features/assessment-form/kinds/free-text-field.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';

/** A one-line text question (GOV.UK text input), with a character count when it has a maximum. */
export function TextField(props: KindFieldProps) {
  return <FreeTextField {...props} multiline={false} />;
}
