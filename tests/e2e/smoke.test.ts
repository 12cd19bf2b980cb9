import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

const suite = browserSuite('smoke');
const { baseURL } = suite;

describe('the app shell in Chromium', () => {
  it('opens, passes axe WCAG 2.2 AA, and asks nothing of any other origin', async () => {
    const guard = await suite.context();
    const page = await guard.newPage();
    await page.goto(`${baseURL}/`);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('assessments');
    await expect.poll(() => page.title()).toBe('Your assessments – EIA Builder');
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });

  it('takes a keyboard user past the header with the skip link', async () => {
    const guard = await suite.context();
    const page = await guard.newPage();
    await page.goto(`${baseURL}/`);
    // The page is drawn by script after the load event: pressing Tab earlier would start from an empty body.
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(page.url()).toBe(`${baseURL}/`);
    await guard.context.close();
  });
});
