import { fireEvent, render, screen } from '@testing-library/react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { RadioGroup } from '@/components/radio-group.tsx';

type Values = { answer: { choice: string } };

function renderRadios(props: { readOnly?: boolean; error?: string } = {}) {
  const result: { form?: UseFormReturn<Values> } = {};
  function Harness() {
    const form = useForm<Values>({ defaultValues: { answer: { choice: 'no' } } });
    result.form = form;
    return (
      <RadioGroup
        control={form.control}
        name="answer.choice"
        id="q1"
        legend="Is there a Welsh dimension?"
        hint="Think of Welsh speakers"
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        readOnly={props.readOnly ?? false}
        error={props.error}
        inline
      />
    );
  }
  render(<Harness />);
  return result;
}

describe('RadioGroup', () => {
  it('shows the stored value chosen and stores the option the person chooses', () => {
    const result = renderRadios();
    expect(screen.getByRole('group', { name: 'Is there a Welsh dimension?' })).toHaveAccessibleDescription(
      'Think of Welsh speakers',
    );
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    // The first radio carries the group's id, so an error summary link lands on it.
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveAttribute('id', 'q1');
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(result.form?.getValues('answer.choice')).toBe('yes');
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'No' })).not.toBeChecked();
  });

  it('announces its error and cannot be changed when read-only', () => {
    renderRadios({ readOnly: true, error: 'Select yes or no' });
    expect(screen.getByRole('group')).toHaveAccessibleDescription(
      'Think of Welsh speakers Error: Select yes or no',
    );
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});
