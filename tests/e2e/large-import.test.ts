import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type GuardedContext } from './support/browser.ts';
import { waitForHeading } from './support/eia.ts';
import { writeLargeFile } from './support/large-file.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 8, defect 8: importing a file of 10,000 assessments. While it runs the page shows how far it has got
 * (a labelled <progress> and a polite status with the counts of files and assessments read); at the end a
 * short summary ("Imported 10,000 assessments", the list collapsed), not a role="alert" banner listing
 * every title. (How long it takes and how long the main thread is blocked are in `npm run bench -- import`.)
 */
const suite = browserSuite('large');
const { baseURL } = suite;
const COUNT = 10_000;
let guard: GuardedContext;
let page: Page;
let file: string;

beforeAll(async () => {
  file = join(suite.dir(), 'everything.eia.json');
  await writeLargeFile(file, COUNT);
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(15_000);
});

describe('importing 10,000 assessments', () => {
  it('shows progress, then a short summary with the list collapsed', { timeout: 180_000 }, async () => {
    await page.goto(`${baseURL}/#/`);
    await waitForHeading(page, 'Your assessments');
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const progress = page.getByRole('progressbar', { name: /^Importing/ });
    await progress.waitFor();
    const status = page.getByRole('status').filter({ hasText: /^File 1 of 1 / });
    await expect
      .poll(() => status.innerText(), { timeout: 60_000 })
      .toMatch(/[1-9][\d,]* of 10,000 assessments/);
    expect(await progress.evaluate((el) => (el as HTMLProgressElement).max)).toBeGreaterThan(0);

    const banner = page
      .locator('.govuk-notification-banner')
      .filter({ hasText: 'Imported 10,000 assessments' });
    await banner.waitFor({ timeout: 150_000 });
    expect(await banner.getAttribute('role')).not.toBe('alert');
    expect((await banner.boundingBox())!.height).toBeLessThan(400);
    const list = banner.locator('details');
    expect(await list.count()).toBe(1);
    expect(await list.getAttribute('open')).toBeNull();
    expect(await list.locator('summary').innerText()).toMatch(/Show the list of 10,000 assessments/);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: 'Import finished: 10,000 assessments imported.' })
        .count(),
    ).toBe(1);
    expect(await progress.count()).toBe(0);
    await page.getByText(/^Showing 1 to 25 of 10,00[0-9] assessments$/).waitFor();

    await list.locator('summary').click();
    await list.getByRole('link', { name: 'Policy 1', exact: true }).waitFor();
    await list.getByText('And 9,800 more.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
});
