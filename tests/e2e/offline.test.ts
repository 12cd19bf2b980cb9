import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extractPdf, normalise } from '../pdf/pdf-text.ts';
import { axeViolations, chromiumPath } from './support/browser.ts';
import {
  sectionHeading,
  sectionLinkName,
  startNewAssessment,
  template,
  waitForHeading,
} from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Installable and offline: after one visit the service worker holds every file of the build, so with the
 * browser's network gone (context offline) the app opens on a reload, a new assessment is created and typed
 * into (stored in IndexedDB), and its PDF is exported, with nothing lost and nothing fetched from anywhere.
 */
const suite = browserSuite('offline');
const { baseURL } = suite;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every URL the service worker's caches hold, once it is active (installed = everything precached). */
function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const active = await Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 20_000)),
    ]);
    if (!active) throw new Error('No service worker became active within 20 s of the first visit.');
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
    }
    return urls;
  });
}

const TITLE = 'Hybrid working on trains — ŵ ŷ';
const OUTCOMES = 'Written with no network at all.\nA second paragraph, with Welsh letters: ŵ ŷ.';

describe('the web app manifest', () => {
  it('names the app, and its icons (a maskable one among them) load at their stated sizes', async () => {
    const guard = await suite.context();
    const page = await guard.newPage();
    await page.goto(`${baseURL}/`);
    await waitForHeading(page, 'Your assessments');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const themeColour = await page.locator('meta[name="theme-color"]').getAttribute('content');
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
    expect(manifest).toMatchObject({
      name: 'EIA Builder',
      short_name: 'EIA Builder',
      start_url: '/',
      display: 'standalone',
      theme_color: themeColour,
    });
    const icons = manifest.icons as Array<{ src: string; sizes: string; type: string; purpose: string }>;
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of icons.filter((i) => i.type === 'image/png')) {
      const size = await page.evaluate(async (src) => {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        return `${bitmap.width}x${bitmap.height}`;
      }, `/${icon.src}`);
      expect(size).toBe(icon.sizes);
    }
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });

  it('makes the app installable, as Chromium judges it', async () => {
    // Contexts of a launched browser are incognito-like (never installable): this needs a real profile.
    const profile = mkdtempSync(join(tmpdir(), 'eia-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}/`);
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('with no network after one visit', () => {
  it('opens, creates and stores an assessment and exports its PDF', async () => {
    const guard = await suite.context();
    const { context } = guard;
    const page = await guard.newPage();

    // The first visit: the service worker installs and precaches the whole build.
    await page.goto(`${baseURL}/`);
    await waitForHeading(page, 'Your assessments');
    const precached = await precachedUrls(page);
    const built = readdirSync(`${dist}assets`)
      .filter((f) => !f.endsWith('.map'))
      .map((f) => `/assets/${f}`);
    expect(built.filter((f) => /pdf\.worker-.*\.js$/.test(f))).toHaveLength(1);
    expect(built.filter((f) => f.endsWith('.woff')).length).toBeGreaterThan(10);
    expect(built.filter((f) => !precached.includes(f))).toEqual([]);
    expect(precached).toEqual(expect.arrayContaining(['/index.html', '/manifest.webmanifest']));

    // No network from here on.
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await waitForHeading(page, 'Your assessments');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Anything the service worker does not hold really cannot be fetched (the browser logs that failure,
    // which is the probe's own and not the app's).
    const errorsBefore = guard.pageErrors.length;
    expect(
      await page.evaluate(() =>
        fetch('/not-precached.txt').then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    expect(guard.pageErrors.splice(errorsBefore)).toEqual([
      'console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    const id = await startNewAssessment(page);
    const overview = template.sections[0]!;
    await page.getByRole('link', { name: sectionLinkName(overview) }).click();
    await waitForHeading(page, sectionHeading(overview));
    await page.getByLabel('Project / policy title', { exact: true }).fill(TITLE);
    await page.getByLabel('What are the intended outcomes of this work?', { exact: true }).fill(OUTCOMES);
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved at/ })
      .waitFor();

    // Reloaded, still offline: what was typed is stored.
    await page.reload();
    await waitForHeading(page, sectionHeading(overview));
    await expect
      .poll(() => page.getByLabel('Project / policy title', { exact: true }).inputValue())
      .toBe(TITLE);
    expect(
      await page.getByLabel('What are the intended outcomes of this work?', { exact: true }).inputValue(),
    ).toBe(OUTCOMES);

    // The PDF: its chunk, worker and fonts all come from the service worker.
    await page.getByRole('link', { name: 'Back to task list' }).click();
    await waitForHeading(page, TITLE);
    expect(page.url()).toContain(encodeURIComponent(id));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await download;
    const path = await file.path();
    const pdf = await extractPdf(new Uint8Array(await readFile(path)));
    expect(pdf.text).toContain(normalise(TITLE));
    expect(pdf.text).toContain(normalise(OUTCOMES));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).count()).toBe(1);

    // Both the page's requests and the service worker's own (its precache) pass through the guard's route.
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await context.close();
  });
});
