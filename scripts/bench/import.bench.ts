import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeLargeFile } from '../../tests/e2e/support/large-file.ts';
import type { BenchContext, Figure } from './types.ts';

/**
 * Importing one `.eia.json` file of 10,000 assessments through the library page in Chromium (real
 * IndexedDB, the production build): the click on Import → the summary banner shown, and the main thread's
 * long tasks meanwhile (PerformanceObserver "longtask": every task of 50 ms or more), so the figures say
 * whether the page stays usable while it works. One run (it takes seconds); BENCH_IMPORT_COUNT changes the
 * size.
 */
const COUNT = Number(process.env.BENCH_IMPORT_COUNT ?? 10_000);

export default async function importBench(ctx: BenchContext): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'eia-bench-import-'));
  const file = join(dir, 'everything.eia.json');
  await writeLargeFile(file, COUNT);
  const browser = await ctx.browser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${ctx.baseURL}/#/`);
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const start = Date.now();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .locator('.govuk-notification-banner')
      .filter({ hasText: /assessments? imported|Imported/ })
      .waitFor({ timeout: 300_000 });
    const ms = Date.now() - start;
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const blocked = tasks.reduce((sum, t) => sum + Math.max(0, t - 50), 0);
    return [
      {
        name: `import a file of ${COUNT.toLocaleString('en-GB')} assessments`,
        value: ms,
        unit: 'ms',
        note: 'click on Import → the summary banner, one run',
      },
      {
        name: 'longest main-thread task during the import',
        value: Math.max(0, ...tasks),
        unit: 'ms',
        target: 200,
        note: `${tasks.length} tasks of 50 ms or more, ${Math.round(blocked)} ms blocking time in all (JSON.parse of the whole file is one task)`,
      },
    ];
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
