import { render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem } from '@schemas/answer-problems.ts';
import { HintAndError } from '@/components/hint-and-error.tsx';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { ProblemMessage } from '@/components/i18n/problem-message.tsx';
import { problemText } from '@/components/i18n/problem-text.ts';

/**
 * Issue 12: an inline error inside a question whose wording is English, on a Welsh page. The question is
 * marked English as a whole (`lang="en-GB"` around it); the error is the interface's words, so it carries
 * the page's language, and the label quoted in it keeps its own `lang`.
 */
function inlineError(code: Parameters<typeof problem>[0], values: Parameters<typeof problem>[1]) {
  const { container } = render(
    <div lang="en-GB">
      <HintAndError id="q" error={<ProblemMessage problem={problem(code, values)} language="en" />} />
    </div>,
  );
  return container.querySelector<HTMLElement>('.govuk-error-message')!;
}

describe('an inline error on a Welsh page, in an English question', () => {
  beforeAll(() => activateLanguage('cy'));
  afterAll(() => activateLanguage('en'));

  it('is Welsh, not marked English, and its English label is', () => {
    const error = inlineError('tooLong', { label: 'Project/policy title', max: 250, over: 1 });
    expect(error).toHaveAttribute('lang', 'cy');
    expect(error.textContent).toBe(
      'Gwall: Rhaid i’r ateb fod yn 250 o nodau neu lai (mae 1 nod yn ormod): Project/policy title',
    );
    expect(screen.getByText('Project/policy title')).toHaveAttribute('lang', 'en-GB');
    expect(screen.getByText('Project/policy title').closest('.govuk-error-message')).toBe(error);
  });

  it('marks a date cell’s label inside its row’s name, and the template’s own message as a whole', () => {
    const date = inlineError('dateNotReal', { label: 'Due date', row: 2 });
    expect(date.textContent).toBe('Gwall: Rhaid i’r dyddiad fod yn ddyddiad go iawn: Due date yn rhes 2');
    expect(screen.getByText('Due date')).toHaveAttribute('lang', 'en-GB');
    const custom = inlineError('custom', { text: 'Enter the title of the policy' });
    expect(screen.getByText('Enter the title of the policy')).toHaveAttribute('lang', 'en-GB');
    expect(custom).toHaveAttribute('lang', 'cy');
  });

  it('marks the table’s name for a row as the template’s words too', () => {
    const date = inlineError('dateNotReal', { label: 'Due date', row: 2, rowName: 'action' });
    expect(date.textContent).toBe(
      'Gwall: Rhaid i’r dyddiad fod yn ddyddiad go iawn: Due date ar gyfer action 2',
    );
    expect(screen.getByText('action')).toHaveAttribute('lang', 'en-GB');
    const cell = inlineError('cellRequired', { label: 'Owner', row: 1, rowName: 'action' });
    expect(cell.textContent).toBe('Gwall: Rhowch ateb ar gyfer action 1: Owner');
    expect(within(cell).getByText('action')).toHaveAttribute('lang', 'en-GB');
  });

  it('words the same text as problemText', () => {
    const values = { label: 'Action plan', rowName: 'action' };
    const error = inlineError('tableRequired', values);
    expect(error.textContent).toBe(`Gwall: ${problemText(problem('tableRequired', values))}`);
  });
});

describe('an inline error on an English page, in an English question', () => {
  beforeAll(() => activateLanguage('en'));

  it('needs no lang of its own inside its words', () => {
    const error = inlineError('dateRequired', { label: 'Due date', row: 3 });
    expect(error.textContent).toBe('Error: Enter the due date in row 3');
    expect(error.querySelector('[lang]')).toBeNull();
  });
});
