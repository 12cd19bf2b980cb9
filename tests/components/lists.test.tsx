import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BackLink } from '@/components/back-link.tsx';
import { GuidanceDetails } from '@/components/guidance-details.tsx';
import { MultilineText } from '@/components/multiline-text.tsx';
import { SummaryList } from '@/components/summary-list.tsx';
import { TaskList } from '@/components/task-list.tsx';

describe('TaskList', () => {
  it('links each task, described by its hint and status', () => {
    render(
      <TaskList
        items={[
          { id: 'a', title: 'Contact details', href: '/a', hint: 'Phone and email', status: 'Completed' },
          { id: 'b', title: 'Payment', status: <strong className="govuk-tag">Cannot start yet</strong> },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Contact details' })).toHaveAccessibleDescription(
      'Phone and email Completed',
    );
    expect(screen.queryByRole('link', { name: 'Payment' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('Cannot start yet');
  });
});

describe('SummaryList', () => {
  it('shows each row with its action, and marks rows without one', () => {
    render(
      <SummaryList
        rows={[
          {
            id: 'n',
            key: 'Name',
            value: 'Sam',
            actions: [{ href: '/n', text: 'Change', visuallyHiddenText: 'name' }],
          },
          { id: 'r', key: 'Reference', value: 'EIA-1' },
        ]}
      />,
    );
    const [name, reference] = screen.getAllByRole('term').map((dt) => dt.parentElement!);
    expect(within(name!).getByRole('link')).toHaveTextContent('Change name');
    expect(within(name!).getByRole('link')).toHaveAttribute('href', '/n');
    expect(reference).toHaveClass('govuk-summary-list__row--no-actions');
  });
});

describe('MultilineText', () => {
  it('keeps paragraphs and line breaks and never reads the text as markup', () => {
    const { container } = render(<MultilineText text={'One\r\n\r\nTwo <b>bold</b>\nThree\n\n\n'} />);
    const paragraphs = container.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]!.innerHTML).toBe('Two &lt;b&gt;bold&lt;/b&gt;<br>Three');
  });
});

describe('GuidanceDetails', () => {
  it('is a closed "Guidance" block whose web addresses open in a new tab', () => {
    render(
      <GuidanceDetails paragraphs={['Read the scheme at https://example.org/scheme.pdf.', 'Then decide.']} />,
    );
    const details = screen.getByText('Guidance').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    const link = within(details).getByRole('link');
    expect(link).toHaveAttribute('href', 'https://example.org/scheme.pdf');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveTextContent('(opens in new tab)');
    expect(details).toHaveTextContent('Then decide.');
  });

  it('renders nothing without guidance', () => {
    const { container } = render(<GuidanceDetails paragraphs={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('BackLink', () => {
  it('is a GOV.UK back link', () => {
    render(<BackLink href="/tasks" />);
    expect(screen.getByRole('link', { name: 'Back' })).toHaveClass('govuk-back-link');
  });
});
