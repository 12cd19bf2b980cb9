import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CharacterCount } from '@/components/character-count.tsx';
import { TextInput } from '@/components/text-input.tsx';
import { TextareaField } from '@/components/textarea-field.tsx';

describe('TextareaField', () => {
  it('ties its label, hint, error and limit to the textarea', () => {
    render(
      <TextareaField
        id="impact"
        label="Impact"
        hint="Say who is affected"
        error="Enter the impact"
        count={{ maxLength: 500, live: <CharacterCount length={0} maxLength={500} /> }}
        textareaProps={{ name: 'impact' }}
      />,
    );
    const textarea = screen.getByRole('textbox', { name: 'Impact' });
    expect(textarea).toHaveAccessibleDescription(
      'Say who is affected Error: Enter the impact You can enter up to 500 characters',
    );
    expect(textarea).toHaveClass('govuk-textarea--error', 'app-textarea--autosize');
    expect(textarea.closest('.govuk-form-group')).toHaveClass(
      'govuk-form-group--error',
      'govuk-character-count',
    );
  });

  it('grows with its text where the browser cannot size it by CSS', async () => {
    // jsdom has no `field-sizing`, like older browsers: the script fallback sizes the textarea.
    render(<TextareaField id="impact" label="Impact" textareaProps={{ name: 'impact' }} />);
    const textarea = screen.getByRole('textbox');
    let contentHeight = 60;
    Object.defineProperty(textarea, 'scrollHeight', { get: () => contentHeight });
    contentHeight = 240;
    await userEvent.setup().type(textarea, 'More text');
    expect(textarea.style.height).toBe('240px');
  });

  it('keeps its value visible but not editable when read-only', async () => {
    render(
      <TextareaField id="impact" label="Impact" readOnly textareaProps={{ defaultValue: 'Typed before' }} />,
    );
    const textarea = screen.getByRole('textbox');
    await userEvent.setup().type(textarea, ' more');
    expect(textarea).toHaveValue('Typed before');
  });
});

describe('TextInput', () => {
  it('is a labelled GOV.UK input that shows its limit as a hint when no live count is given', () => {
    render(<TextInput id="title" label="Title" count={{ maxLength: 250 }} inputProps={{ name: 'title' }} />);
    const input = screen.getByRole('textbox', { name: 'Title' });
    expect(input).toHaveClass('govuk-input');
    expect(input).toHaveAccessibleDescription('You can enter up to 250 characters');
    expect(screen.getByText('You can enter up to 250 characters')).not.toHaveClass('govuk-visually-hidden');
  });
});
