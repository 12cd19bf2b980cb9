import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { guardedContext, launchBrowser, type GuardedContext } from './browser.ts';

/**
 * The set-up most browser suites share: one Chromium for the file, a scratch folder for downloaded and
 * uploaded files, and a guarded context per person (each its own IndexedDB), all closed at the end.
 * With `checkGuards`, every context must end with no request to another origin and no page error.
 * Call it at the top of the test file.
 */
export function browserSuite(name: string, { checkGuards = false }: { checkGuards?: boolean } = {}) {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  let dir = '';
  const guards: GuardedContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), `eia-e2e-${name}-`));
  });
  afterAll(async () => {
    for (const g of guards) {
      if (checkGuards) {
        expect(g.foreignRequests).toEqual([]);
        expect(g.pageErrors).toEqual([]);
      }
      await g.context.close();
    }
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  function started(): Browser {
    if (!browser) throw new Error('The browser is not started: call browserSuite at the top of the file.');
    return browser;
  }

  /** A fresh browser context (another person, or another browser of the same person). */
  async function context(): Promise<GuardedContext> {
    const guard = await guardedContext(started(), baseURL);
    guards.push(guard);
    return guard;
  }

  return {
    baseURL,
    /** The app's address for a hash route, e.g. at('/overview'). */
    at: (path: string) => `${baseURL}/#${path}`,
    /** The scratch folder (created before the tests, removed after). */
    dir: () => dir,
    /** The file's Chromium, for a context that is not the app's (a downloaded file opened on its own). */
    browser: started,
    context,
    /** A person with their own browser context and one page in it. */
    person: async () => {
      const guard = await context();
      return { guard, page: await guard.newPage() };
    },
  };
}

/** Waits until the page says its latest change is saved ("Saved at …"). */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: /^Saved at/ })
        .count(),
    )
    .toBeGreaterThan(0);
}
