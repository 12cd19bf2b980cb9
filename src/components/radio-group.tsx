import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { OptionFieldset, type OptionFieldsetProps } from './option-fieldset.tsx';

export type RadioGroupProps<T extends FieldValues> = Omit<
  OptionFieldsetProps,
  'type' | 'name' | 'checked' | 'onChange' | 'onBlur' | 'inputRef'
> & {
  /** The react-hook-form control and the name of the value the radios choose. */
  control: Control<T>;
  name: FieldPath<T>;
};

/** GOV.UK radios bound to one react-hook-form value: the chosen option's value, focusable for errors. */
export function RadioGroup<T extends FieldValues>({ control, name, ...fieldset }: RadioGroupProps<T>) {
  const { field } = useController({ control, name });
  return (
    <OptionFieldset
      {...fieldset}
      type="radio"
      name={field.name}
      checked={(value) => field.value === value}
      onChange={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      inputRef={field.ref}
    />
  );
}
