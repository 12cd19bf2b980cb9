import { FreeTextField } from '@/features/assessment-form/kinds/free-text-field.tsx';
import { type KindFieldProps } from '@/features/assessment-form/kinds/field-kind.ts';

/** A free-text question (GOV.UK textarea), with a character count when it has a maximum. */
export function TextareaQuestionField(props: KindFieldProps) {
  return <FreeTextField {...props} multiline />;
}
