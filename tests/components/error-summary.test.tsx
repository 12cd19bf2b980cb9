import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary.tsx';

function Page({ items }: { items: ErrorSummaryItem[] }) {
  return (
    <>
      <ErrorSummary items={items} />
      <label htmlFor="name">Name</label>
      <input id="name" />
      <label htmlFor="town">Town</label>
      <input id="town" />
    </>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing when there is no problem', () => {
    const { container } = render(<Page items={[]} />);
    expect(container.querySelector('.govuk-error-summary')).toBeNull();
  });

  it('takes focus and links each message to its field without changing the route', async () => {
    const location = memoryLocation({ path: '/form', record: true });
    const items = [
      { message: 'Enter your name', targetId: 'name', href: '/form/name' },
      { message: 'Enter your town', targetId: 'town' },
    ];
    render(
      <Router hook={location.hook}>
        <Page items={items} />
      </Router>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.parentElement).toHaveFocus();
    expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent('There is a problem');

    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Enter your name' }));
    expect(screen.getByLabelText('Name')).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Enter your town' }));
    expect(screen.getByLabelText('Town')).toHaveFocus();
    expect(location.history).toEqual(['/form']);
    expect(screen.getByRole('link', { name: 'Enter your name' })).toHaveAttribute('href', '/form/name');
  });

  it('takes focus again when given a new list, and not when re-rendered with the same one', () => {
    const first = [{ message: 'Enter your name', targetId: 'name' }];
    const { rerender } = render(<Page items={first} />);
    const summary = screen.getByRole('alert').parentElement!;
    screen.getByLabelText('Town').focus();
    rerender(<Page items={first} />);
    expect(screen.getByLabelText('Town')).toHaveFocus();
    rerender(<Page items={[...first]} />);
    expect(summary).toHaveFocus();
  });
});
