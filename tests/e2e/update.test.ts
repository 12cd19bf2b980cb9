import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, guardedContext, launchBrowser } from './support/browser.ts';
import { sectionHeading, startNewAssessment, template, waitForHeading } from './support/eia.ts';
import { startStaticServer } from './support/static-server.ts';

/**
 * A new version of the app, deployed while the app is open in two tabs: each tab shows "A new version of
 * EIA Builder is ready" and goes on as it was (no reload, focus and typing undisturbed) until its own
 * "Reload", which stores the text just typed first. The new version is dist/ with a changed page (a marker
 * in index.html) and so a changed service worker (the page's revision in its precache list), served under
 * the same origin by a server whose folder is swapped, as a host would deploy it.
 */
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const HEADING = 'A new version of EIA Builder is ready';
let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let next: string;

/** dist/ as a newer version: index.html carries a marker; sw.js lists index.html with a new revision. */
function makeNextVersion(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eia-next-version-'));
  cpSync(dist, dir, { recursive: true, filter: (src) => !src.endsWith('.map') });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  writeFileSync(
    join(dir, 'index.html'),
    html.replace('</head>', '<meta name="eia-test-version" content="next" /></head>'),
  );
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const changed = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1next-version"');
  if (changed === sw) throw new Error('dist/sw.js does not list index.html with a revision.');
  writeFileSync(join(dir, 'sw.js'), changed);
  return dir;
}

beforeAll(async () => {
  browser = await launchBrowser();
  next = makeNextVersion();
  server = await startStaticServer(dist);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(next, { recursive: true, force: true });
});

const version = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[name="eia-test-version"]')?.getAttribute('content') ?? 'first',
  );
/** Set in a page's document; gone once it reloads. */
const markDocument = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

describe('a new version of the app', () => {
  it('is offered in every open tab, and each reloads only on its own "Reload", keeping what was typed', async () => {
    const guard = await guardedContext(browser, server.url);
    const writing = await guard.newPage();
    await writing.goto(`${server.url}/`);
    await waitForHeading(writing, 'Your assessments');
    await writing.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const id = await startNewAssessment(writing);
    // From the second visit on, the service worker serves the app (and a new one must wait for it).
    const overview = template.sections[0]!;
    await writing.goto(`${server.url}/#/assessments/${encodeURIComponent(id)}/sections/${overview.id}`);
    await writing.reload();
    await waitForHeading(writing, sectionHeading(overview));
    expect(await writing.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const other = await guard.newPage();
    await other.goto(`${server.url}/#/assessments/${encodeURIComponent(id)}`);
    await waitForHeading(other, 'Untitled assessment');

    const title = writing.getByLabel('Project / policy title', { exact: true });
    await title.pressSequentially('Flexible working', { delay: 10 });
    await markDocument(writing);
    await markDocument(other);

    // The new version is deployed and found (browsers also look on each visit, and the app every hour).
    server.serve(next);
    await writing.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await writing.getByText(HEADING).waitFor();
    await other.getByText(HEADING).waitFor();

    // Nothing moved under the writer: same document, focus still in the field, typing goes on.
    expect(await sameDocument(writing)).toBe(true);
    expect(await writing.evaluate(() => document.activeElement?.id)).toBe('projectTitle');
    await writing.keyboard.type(' policy 2026');
    expect(await title.inputValue()).toBe('Flexible working policy 2026');
    expect(await axeViolations(writing)).toEqual([]);

    // "Reload" straight after typing (the autosave has not run yet): the text is stored first.
    const outcomes = writing.getByLabel('What are the intended outcomes of this work?', { exact: true });
    await outcomes.fill('Typed just before choosing Reload.');
    await writing.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => version(writing), { timeout: 20_000 }).toBe('next');
    await waitForHeading(writing, sectionHeading(overview));
    await expect.poll(() => title.inputValue()).toBe('Flexible working policy 2026');
    expect(await outcomes.inputValue()).toBe('Typed just before choosing Reload.');
    expect(await writing.getByText(HEADING).count()).toBe(0);

    // The other tab was not reloaded by the writer's choice: it still offers the new version itself.
    expect(await sameDocument(other)).toBe(true);
    expect(await other.getByText(HEADING).count()).toBe(1);
    await other.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => version(other), { timeout: 20_000 }).toBe('next');
    await waitForHeading(other, 'Flexible working policy 2026');
    expect(await other.getByText(HEADING).count()).toBe(0);

    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });
});
