import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { createAppUpdates, FLUSH_TIMEOUT_MS } from '@/app/app-updates.ts';
import { UpdateBanner } from '@/app/update-banner.tsx';

/**
 * The update banner over a stand-in for vite-plugin-pwa's registerSW (its callbacks are what the Workbox
 * service worker triggers in a browser; tests/e2e/offline.test.ts runs the real one).
 */
function setUp(options: { flush?: () => Promise<unknown> } = {}) {
  const events: string[] = [];
  let callbacks: RegisterSWOptions = {};
  const activate = vi.fn(async () => {
    events.push('activate');
  });
  const reloadPage = vi.fn(() => events.push('reload'));
  const flush = vi.fn(
    options.flush ??
      (async () => {
        await Promise.resolve();
        events.push('flushed');
        return true;
      }),
  );
  const updates = createAppUpdates({
    register: (opts) => {
      callbacks = opts;
      return activate;
    },
    flush,
    reloadPage,
  });
  updates.start();
  return {
    updates,
    events,
    activate,
    reloadPage,
    flush,
    /** A new version has been downloaded and waits (Workbox "waiting"). */
    newVersionWaiting: () => act(() => callbacks.onNeedRefresh?.()),
    /** The new version took control of this tab (Workbox "controlling"). */
    newVersionControls: () => act(() => callbacks.onNeedReload?.()),
  };
}

function TypingPage({ updates }: { updates: ReturnType<typeof createAppUpdates> }) {
  return (
    <>
      <UpdateBanner updates={updates} />
      <label htmlFor="notes">Notes</label>
      <textarea id="notes" />
    </>
  );
}

const HEADING = 'A new version of EIA Builder is ready';

afterEach(() => {
  vi.useRealTimers();
});

describe('UpdateBanner', () => {
  it('shows nothing while the app is up to date', () => {
    const { updates } = setUp();
    render(<TypingPage updates={updates} />);
    expect(screen.queryByText(HEADING)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('appears when a new version waits, without taking focus or reloading under someone typing', async () => {
    const user = userEvent.setup();
    const { updates, newVersionWaiting, reloadPage, activate } = setUp();
    render(<TypingPage updates={updates} />);
    const notes = screen.getByLabelText('Notes');
    await user.click(notes);
    await user.keyboard('Half a sentence');

    newVersionWaiting();

    const banner = screen.getByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent(HEADING);
    expect(banner).toHaveClass('govuk-notification-banner');
    expect(banner.parentElement).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(notes).toHaveFocus();
    await user.keyboard(' and the rest of it.');
    expect(notes).toHaveValue('Half a sentence and the rest of it.');
    expect(reloadPage).not.toHaveBeenCalled();
    expect(activate).not.toHaveBeenCalled();
  });

  it('on Reload stores every draft first, then lets the new version take over and reloads', async () => {
    const user = userEvent.setup();
    const { updates, newVersionWaiting, newVersionControls, events } = setUp();
    render(<TypingPage updates={updates} />);
    newVersionWaiting();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(events).toEqual(['flushed', 'activate']);
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeInTheDocument();

    newVersionControls();
    expect(events).toEqual(['flushed', 'activate', 'reload']);
  });

  it('does not reload when another tab chose Reload, and reloads at once on its own Reload then', async () => {
    const user = userEvent.setup();
    const { updates, newVersionWaiting, newVersionControls, events, activate } = setUp();
    render(<TypingPage updates={updates} />);
    newVersionWaiting();

    newVersionControls(); // the other tab's new version now controls this tab too
    expect(events).toEqual([]);
    expect(screen.getByText(HEADING)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(events).toEqual(['flushed', 'reload']);
    expect(activate).not.toHaveBeenCalled();
  });

  it('still reloads when storing the drafts hangs (the page stores them again as it unloads)', async () => {
    vi.useFakeTimers();
    const { updates, newVersionWaiting, newVersionControls, events } = setUp({
      flush: () => new Promise(() => undefined),
    });
    render(<TypingPage updates={updates} />);
    newVersionWaiting();

    const reloading = updates.reload();
    await act(() => vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS));
    await reloading;
    expect(events).toEqual(['activate']);
    newVersionControls();
    expect(events).toEqual(['activate', 'reload']);
  });
});
