import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type GuardedContext } from './support/browser.ts';
import { assessmentIdFrom, template, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 8, defect 11: the overview's assessment × equality group grid at 1280 CSS px. Columns that do not
 * fit are announced by a visible cue tied to the grid's scroll region; the Assessment column stays in place
 * while the grid scrolls; every cell is a link to that question of that assessment; the app says
 * "To look at" everywhere, never "Weak".
 */
const suite = browserSuite('overview-grid');
const { baseURL } = suite;
const at = (path: string) => `${baseURL}/#${path}`;
const GRID = 'Equality groups by assessment';
const groups = template.sections.flatMap((s) => s.questions).filter((q) => q.role === 'equality-group');

let guard: GuardedContext;
let page: Page;
let id = '';

beforeAll(async () => {
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(10_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(at('/'));
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  id = assessmentIdFrom(page.url());
  await page.goto(at('/overview'));
  await page.getByRole('region', { name: GRID }).waitFor();
});

const region = () => page.getByRole('region', { name: GRID });

describe('the overview grid at 1280 CSS px', () => {
  it('has a column for every equality group, and a visible cue when some are out of view', async () => {
    const headers = await region().locator('thead th').allInnerTexts();
    expect(headers.slice(1).map((h) => h.replace(/\s+/g, ' ').trim())).toEqual(groups.map((g) => g.label));
    const { overflows, cue } = await region().evaluate((el) => {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const described = ids.map((i) => document.getElementById(i)).filter((d) => d !== null);
      const visible = described.filter((d) => d.getClientRects().length > 0 && d.offsetHeight > 0);
      return {
        overflows: el.scrollWidth > el.clientWidth,
        cue: visible.map((d) => (d.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' '),
      };
    });
    if (overflows) expect(cue).toMatch(/scroll/i);
    expect(await region().getAttribute('tabindex')).toBe('0');
  });

  it('keeps the Assessment column in view while the grid scrolls sideways', async () => {
    const title = region().getByRole('rowheader').first();
    await region().evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
      el.scrollTo({ left: el.scrollWidth });
    });
    const [box, frame] = await Promise.all([title.boundingBox(), region().boundingBox()]);
    expect(box).not.toBeNull();
    expect(Math.abs(box!.x - frame!.x)).toBeLessThanOrEqual(1);
    // And nothing scrolled over it is drawn on top of it.
    const onTop = await title.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 5, r.top + 5);
      return hit !== null && el.contains(hit);
    });
    expect(onTop).toBe(true);
    await region().evaluate((el) => el.scrollTo({ left: 0 }));
  });

  it('says “To look at”, as the rest of the app does, never “Weak”', async () => {
    expect(await page.getByText(/\bWeak\b/).count()).toBe(0);
    expect(await region().getByText('To look at', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('links every cell to that question of that assessment', async () => {
    const row = region().getByRole('row').filter({ hasText: 'Social media guidance updates 2019' });
    const cells = row.getByRole('cell');
    expect(await cells.count()).toBe(groups.length);
    for (let i = 0; i < groups.length; i++) expect(await cells.nth(i).getByRole('link').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const age = groups.find((g) => g.id === 'age')!;
    await cells.nth(groups.indexOf(age)).getByRole('link').click();
    await page.waitForURL(new RegExp(`#/assessments/${id}/sections/[^/]+/age$`));
    await waitForHeading(page, 'Section 3: Analysis by equality group');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toContain('age');
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
});
