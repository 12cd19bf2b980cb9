import { afterEach, describe, expect, it } from 'vitest';
import { attachPageLifecycle } from '@/storage/page-lifecycle.ts';

function fakeDraft(canSave: boolean, unsaved = true) {
  const calls: string[] = [];
  return {
    calls,
    saveAtOnce: () => {
      calls.push('saveAtOnce');
      return canSave;
    },
    hasUnsavedChanges: () => unsaved,
  };
}

let detach: (() => void) | null = null;
afterEach(() => detach?.());

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('attachPageLifecycle', () => {
  it('saves at once when the page is hidden or hidden away', () => {
    const draft = fakeDraft(true);
    detach = attachPageLifecycle(draft);
    setVisibility('visible');
    expect(draft.calls).toEqual([]);
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(draft.calls).toEqual(['saveAtOnce', 'saveAtOnce']);
  });

  it('asks the browser to confirm leaving only when unsaved text could not be stored', () => {
    const blocked = fakeDraft(false);
    detach = attachPageLifecycle(blocked);
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    detach();

    detach = attachPageLifecycle(fakeDraft(true));
    const fine = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(fine);
    expect(fine.defaultPrevented).toBe(false);
  });
});
