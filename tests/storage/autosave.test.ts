import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '@/storage/autosave.ts';

/** A fake store: remembers what was written and when; can be made to fail or to be slow. */
function fakeStore() {
  const written: Array<{ value: string; at: number }> = [];
  let failWith: unknown = null;
  let delay = 0;
  return {
    written,
    values: () => written.map((w) => w.value),
    failNextWith(error: unknown) {
      failWith = error;
    },
    slow(ms: number) {
      delay = ms;
    },
    write: async (value: string) => {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      if (failWith) {
        const error = failWith;
        failWith = null;
        throw error;
      }
      written.push({ value, at: Date.now() });
    },
  };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-05T14:32:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('stores the latest text within a second of the last keystroke, once per burst', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    const start = Date.now();
    for (const text of ['E', 'Ev', 'Evi', 'Evid']) {
      autosave.change(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.values()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.values()).toEqual(['Evid']);
    expect(store.written[0]!.at - (start + 300)).toBeLessThanOrEqual(1000);
    expect(autosave.getStatus()).toMatchObject({ state: 'saved' });
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });

  it('keeps storing at least every two seconds while someone types without pause', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    for (let i = 1; i <= 50; i++) {
      autosave.change('x'.repeat(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.written.length).toBeGreaterThanOrEqual(2);
    const gaps = store.written.slice(1).map((w, i) => w.at - store.written[i]!.at);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2000);
  });

  it('does not set a new timer for every keystroke of a burst, and still stores a second after the last', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    const timers = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 1; i <= 20; i++) {
      autosave.change('x'.repeat(i));
      await vi.advanceTimersByTimeAsync(50);
    }
    const last = Date.now() - 50;
    // A keystroke costs a timer only when none is set; one set earlier sets itself again for the time left.
    expect(timers.mock.calls.length).toBeLessThanOrEqual(4);
    timers.mockRestore();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.values()).toEqual(['x'.repeat(20)]);
    expect(store.written[0]!.at - last).toBeGreaterThanOrEqual(500);
    expect(store.written[0]!.at - last).toBeLessThanOrEqual(1000);
  });

  it('stores at once when flushed (page hidden or closed)', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    autosave.change('typed just before closing');
    expect(await autosave.flush()).toBe(true);
    expect(store.values()).toEqual(['typed just before closing']);
  });

  it('never loses a change made while a write is in progress', async () => {
    const store = fakeStore();
    store.slow(300);
    const autosave = createAutosave({ write: store.write });
    autosave.change('first');
    await vi.advanceTimersByTimeAsync(600);
    autosave.change('second');
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.values()).toEqual(['first', 'second']);
    expect(autosave.hasUnsavedChanges()).toBe(false);
  });

  it('reports a full disk at once, keeps the text and stores it on the next try', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' }),
    });
    store.failNextWith(quota);
    autosave.change('precious text');
    await vi.advanceTimersByTimeAsync(600);
    const status = autosave.getStatus();
    expect(status.state).toBe('failed');
    expect(status.state === 'failed' && status.failure.kind).toBe('quota');
    expect(autosave.hasUnsavedChanges()).toBe(true);
    expect(await autosave.retry()).toBe(true);
    expect(store.values()).toEqual(['precious text']);
    expect(autosave.getStatus().state).toBe('saved');
  });

  it('stays failed (not "Saving…") while more text is typed after a failure', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    store.failNextWith(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }));
    autosave.change('a');
    await vi.advanceTimersByTimeAsync(600);
    autosave.change('ab');
    expect(autosave.getStatus().state).toBe('failed');
    await vi.advanceTimersByTimeAsync(600);
    expect(store.values()).toEqual(['ab']);
  });

  it('tells subscribers when the status changes, with the time it was saved', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    const seen: string[] = [];
    autosave.subscribe(() => seen.push(autosave.getStatus().state));
    autosave.change('a');
    autosave.change('ab');
    await vi.advanceTimersByTimeAsync(600);
    expect(seen).toEqual(['pending', 'saving', 'saved']);
    const status = autosave.getStatus();
    expect(status.state === 'saved' && status.at.toISOString()).toBe('2026-01-05T14:32:00.500Z');
  });

  it('saves a given value immediately with saveNow', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    autosave.change('draft text');
    expect(await autosave.saveNow('status changed')).toBe(true);
    expect(store.values()).toEqual(['status changed']);
  });
});

describe('autosave in a browser that says when it is idle', () => {
  const idleTasks: Array<() => void> = [];
  beforeEach(() => {
    vi.useFakeTimers();
    idleTasks.length = 0;
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idleTasks.push(task));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const idle = async () => {
    for (const task of idleTasks.splice(0)) task();
    await vi.advanceTimersByTimeAsync(0);
  };

  it('writes a due change at the next idle moment, not in the middle of rendering a page', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    autosave.change('Fees 2026');
    await vi.advanceTimersByTimeAsync(600);
    // Due, but the page is busy (the designer's preview being rendered): nothing written yet.
    expect(store.values()).toEqual([]);
    expect(autosave.hasUnsavedChanges()).toBe(true);
    await idle();
    expect(store.values()).toEqual(['Fees 2026']);
    expect(autosave.getStatus().state).toBe('saved');
  });

  it('still writes at once when flushed (page hidden or closed), without waiting to be idle', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    autosave.change('Fees 2026');
    await expect(autosave.flush()).resolves.toBe(true);
    expect(store.values()).toEqual(['Fees 2026']);
    // The idle moment that comes later finds nothing left to write.
    await vi.advanceTimersByTimeAsync(600);
    await idle();
    expect(store.values()).toEqual(['Fees 2026']);
  });

  it('writes nothing after it is disposed, even when the idle moment comes later', async () => {
    const store = fakeStore();
    const autosave = createAutosave({ write: store.write });
    autosave.change('Fees 2026');
    await vi.advanceTimersByTimeAsync(600);
    autosave.dispose();
    await idle();
    expect(store.values()).toEqual([]);
  });
});
