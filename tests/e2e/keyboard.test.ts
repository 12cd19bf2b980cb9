import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GuardedContext } from './support/browser.ts';
import { focusStop, sectionHeading, template, type FocusStop } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The same journey with the keyboard alone: Tab, Shift+Tab, Enter, Space and typing (page.keyboard only; no
 * clicks, no fill). After every navigation focus must be where a GOV.UK user expects it (the page's heading,
 * the error summary, the field a link points to), and every element Tab reaches must show that it has focus.
 */
const suite = browserSuite('keyboard');
const { baseURL } = suite;
const overview = template.sections[0]!;
const TITLE = 'Keyboard only EIA';
const ASSESSOR = 'Sam Keys';
const OUTCOMES = 'Outcomes typed with the keyboard.';
const WHO = 'Everyone who uses a keyboard.';

let guard: GuardedContext;
let page: Page;
/** Every element Tab or Shift+Tab stopped on, in order. */
const stops: FocusStop[] = [];

/**
 * Presses Tab (or Shift+Tab) until focus is on the element `wanted` picks, failing if any element on the way
 * does not show its focus, or if it takes more than `max` presses.
 */
async function tabTo(
  what: string,
  wanted: (stop: FocusStop) => boolean,
  { back = false, max = 40 }: { back?: boolean; max?: number } = {},
): Promise<FocusStop> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await focusStop(page);
    stops.push(stop);
    expect(stop.visible, `focus on <${stop.tag}> “${stop.name}” is not visible: ${stop.how}`).toBe(true);
    if (wanted(stop)) return stop;
  }
  throw new Error(`Pressed ${back ? 'Shift+Tab' : 'Tab'} ${max} times without reaching ${what}.`);
}

const byId = (id: string) => (stop: FocusStop) => stop.id === id;
const byName = (name: string) => (stop: FocusStop) => stop.name === name;

/** After a route change focus must be on the new page's <h1> (a heading, so it shows no focus ring). */
async function expectFocusOnHeading(text: string) {
  await expect
    .poll(async () => {
      const stop = await focusStop(page);
      return `${stop.tag}: ${stop.text}`;
    })
    .toBe(`h1: ${text}`);
}

beforeAll(async () => {
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(10_000);
});

let failed = false;
beforeEach((ctx) => {
  if (failed) ctx.skip();
});
afterEach((ctx) => {
  if (ctx.task.result?.state === 'fail') failed = true;
});

describe('the form with the keyboard alone, in Chromium', () => {
  it('starts a new assessment from the home page', async () => {
    await page.goto(`${baseURL}/`);
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    await tabTo('the skip link', byName('Skip to main content'), { max: 1 });
    await page.keyboard.press('Enter');
    expect((await focusStop(page)).id).toBe('main-content');
    await tabTo('the start button', byName('Start a new assessment'), { max: 3 });
    await page.keyboard.press('Enter');
    await expectFocusOnHeading('Untitled assessment');
    expect(page.url()).toMatch(/#\/assessments\/[^/]+$/);
  });

  it('opens section 1 from the task list', async () => {
    await tabTo('the section 1 link', byName(`1. ${overview.title}`));
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(sectionHeading(overview));
  });

  it('fills in fields, opens guidance, and meets the error summary when completing with gaps', async () => {
    await tabTo('the title field', byId('projectTitle'));
    await page.keyboard.type(TITLE);
    await tabTo('the assessor field', byId('assessorName'));
    await page.keyboard.type(ASSESSOR);
    await tabTo('the day', byId('dateAgreed-day'));
    await page.keyboard.type('11');
    await tabTo('the year', byId('dateAgreed-year'));
    await page.keyboard.type('2019');

    // Guidance opens and closes from the keyboard.
    const summary = await tabTo('the guidance for the intended outcomes', byName('Guidance'));
    expect(summary.tag).toBe('summary');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.parentElement?.hasAttribute('open'))).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.activeElement?.parentElement?.hasAttribute('open'))).toBe(
      false,
    );

    await tabTo('the intended outcomes', byId('intendedOutcomes'));
    await page.keyboard.type(OUTCOMES);
    await tabTo('the completion button', byName('Mark this section as completed'));
    await page.keyboard.press('Space');

    await expect.poll(async () => (await focusStop(page)).className).toContain('govuk-error-summary');
    const errorSummary = await focusStop(page);
    expect(errorSummary.visible, errorSummary.how).toBe(true);
    expect(errorSummary.text).toBe(
      'There is a problem Date EIA agreed must include a month Enter who will be affected',
    );
  });

  it('follows each error summary link to its field and then completes the section', async () => {
    await tabTo('the first error link', byName('Date EIA agreed must include a month'), { max: 1 });
    await page.keyboard.press('Enter');
    expect((await focusStop(page)).id).toBe('dateAgreed-month');
    await page.keyboard.type('9');

    // Back up the page to the second link.
    await tabTo('the second error link', byName('Enter who will be affected'), { back: true });
    await page.keyboard.press('Enter');
    const who = await focusStop(page);
    expect(who.id).toBe('whoAffected');
    expect(who.visible, who.how).toBe(true);
    await page.keyboard.type(WHO);

    await tabTo('the completion button', byName('Mark this section as completed'));
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(TITLE);
    expect(await page.locator('#sections-overview-status').innerText()).toBe('Completed');
  });

  it('reaches Check your answers and goes back to a field with its Change link', async () => {
    await tabTo('the Check your answers link', byName('Check your answers'));
    await page.keyboard.press('Enter');
    await expectFocusOnHeading('Check your answers');
    expect(await page.locator('.govuk-summary-list__row').first().innerText()).toContain(TITLE);

    await tabTo('the Change link of the assessor', byName('Change Name of impact assessor'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusStop(page)).id).toBe('assessorName');
    const assessor = await focusStop(page);
    expect(assessor.value).toBe(ASSESSOR);
    expect(assessor.visible, assessor.how).toBe(true);

    // The caret is at the end of the answer, ready to change it.
    await page.keyboard.type(' (changed)');
    expect((await focusStop(page)).value).toBe(`${ASSESSOR} (changed)`);
  });

  it('showed focus on every element Tab reached, and nothing left the machine', () => {
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.filter((s) => !s.visible)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
});
