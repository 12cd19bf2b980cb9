import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CharacterCount, COUNT_ANNOUNCE_DELAY_MS, countMessage } from '@/components/character-count.tsx';

function parts(container: HTMLElement) {
  return {
    visible: container.querySelector('.govuk-character-count__status')!,
    spoken: container.querySelector('[aria-live="polite"]')!,
  };
}

describe('CharacterCount', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('words the count as GOV.UK does', () => {
    expect(countMessage(0, 250)).toBe('You have 250 characters remaining');
    expect(countMessage(249, 250)).toBe('You have 1 character remaining');
    expect(countMessage(250, 250)).toBe('You have 0 characters remaining');
    expect(countMessage(251, 250)).toBe('You have 1 character too many');
    expect(countMessage(52_345, 50_000)).toBe('You have 2,345 characters too many');
  });

  it('updates what is seen at once but tells screen readers only once typing pauses', () => {
    const { container, rerender } = render(<CharacterCount length={0} maxLength={10} />);
    const { visible, spoken } = parts(container);
    expect(visible).toHaveAttribute('aria-hidden', 'true');
    expect(spoken).toHaveTextContent('You have 10 characters remaining');

    for (const length of [1, 2, 3]) {
      rerender(<CharacterCount length={length} maxLength={10} />);
      act(() => vi.advanceTimersByTime(300));
    }
    expect(visible).toHaveTextContent('You have 7 characters remaining');
    expect(spoken).toHaveTextContent('You have 10 characters remaining');

    act(() => vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY_MS));
    expect(spoken).toHaveTextContent('You have 7 characters remaining');
  });

  it('shows an error style when over the limit', () => {
    const { container } = render(<CharacterCount length={12} maxLength={10} />);
    expect(parts(container).visible).toHaveClass('govuk-error-message');
    expect(parts(container).visible).not.toHaveClass('govuk-hint');
    expect(parts(container).visible).toHaveTextContent('You have 2 characters too many');
  });

  it('shows only the limit, and says nothing, below its threshold', () => {
    const { container, rerender } = render(<CharacterCount length={10} maxLength={100} threshold={75} />);
    expect(parts(container).visible).toHaveTextContent('You can enter up to 100 characters');
    expect(parts(container).spoken).toBeEmptyDOMElement();
    rerender(<CharacterCount length={80} maxLength={100} threshold={75} />);
    act(() => vi.advanceTimersByTime(COUNT_ANNOUNCE_DELAY_MS));
    expect(parts(container).visible).toHaveTextContent('You have 20 characters remaining');
    expect(parts(container).spoken).toHaveTextContent('You have 20 characters remaining');
  });
});
