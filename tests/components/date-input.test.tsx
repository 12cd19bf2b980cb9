import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DateInput } from '@/components/date-input.tsx';

const inputs = { day: { name: 'd' }, month: { name: 'm' }, year: { name: 'y' } };

describe('DateInput', () => {
  it('groups day, month and year under a legend described by its hint', () => {
    render(<DateInput id="agreed" legend="Date agreed" hint="For example, 11 9 2019" inputs={inputs} />);
    const group = screen.getByRole('group', { name: 'Date agreed' });
    expect(group).toHaveAccessibleDescription('For example, 11 9 2019');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveAttribute('id', 'agreed-day');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveClass('govuk-input--width-4');
  });

  it('shows the error and styles only the parts that are wrong', () => {
    render(
      <DateInput
        id="agreed"
        legend="Date agreed"
        inputs={inputs}
        error={{ message: 'Date agreed must include a month and year', parts: ['month', 'year'] }}
      />,
    );
    expect(screen.getByRole('group')).toHaveAccessibleDescription(
      'Error: Date agreed must include a month and year',
    );
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toHaveClass('govuk-input--error');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveClass('govuk-input--error');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveClass('govuk-input--error');
  });

  it('keeps the values visible but not editable when read-only', () => {
    render(<DateInput id="agreed" legend="Date agreed" inputs={inputs} readOnly />);
    for (const box of screen.getAllByRole('textbox')) expect(box).toHaveAttribute('readonly');
  });
});
