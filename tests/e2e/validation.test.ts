import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.ts';
import { focused, sectionHeading, startNewAssessment, template, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 8, defect 9: validation as GOV.UK does it. A new form shows no findings and no errors; errors come
 * only after "Mark this section as completed" and clear (with the error summary) as each field is fixed;
 * "missing" findings are never shown beside a field (the task list and review page have them), only the
 * "to look at" kind, and never the same words twice.
 */
const suite = browserSuite('validation', { checkGuards: true });
const { baseURL } = suite;
const overview = template.sections[0]!;
const groups = template.sections.find((s) => s.id === 'analysis') ?? template.sections[2]!;
let page: Page;

beforeAll(async () => {
  ({ page } = await suite.person());
  page.setDefaultTimeout(10_000);
});

const summaryItems = () => page.locator('.govuk-error-summary__list li').allInnerTexts();
const inlineErrors = () => page.locator('form .govuk-error-message').allInnerTexts();
/** Review findings shown inside the form, beside the fields. */
const fieldFindings = () => page.locator('form .app-findings li').allInnerTexts();

describe('validation on a section page', () => {
  it('shows nothing before an attempt, errors after it, and clears each as it is fixed', async () => {
    await page.goto(`${baseURL}/`);
    const id = await startNewAssessment(page);
    await page.goto(`${baseURL}/#/assessments/${encodeURIComponent(id)}/sections/${overview.id}`);
    await waitForHeading(page, sectionHeading(overview));
    // Give the live findings time to be computed (they follow typing after a short pause).
    await page.waitForTimeout(600);
    expect(await fieldFindings()).toEqual([]);
    expect(await inlineErrors()).toEqual([]);
    expect(await page.getByText('Missing', { exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Mark this section as completed' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    const required = overview.questions.filter((q) => q.required);
    const before = await summaryItems();
    expect(before.length).toBe(required.length);
    expect((await inlineErrors()).length).toBe(required.length);
    await page.waitForTimeout(600);
    // No "Missing" box repeating the red error beside any field.
    expect(await fieldFindings()).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    // Fixing one field clears its error and its line in the summary, and focus stays in the field.
    const title = page.getByLabel('Project / policy title', { exact: true });
    await title.click();
    await title.pressSequentially('Parking policy', { delay: 10 });
    await expect.poll(summaryItems).toHaveLength(required.length - 1);
    expect((await summaryItems()).some((t) => /title/i.test(t))).toBe(false);
    expect((await inlineErrors()).length).toBe(required.length - 1);
    expect((await focused(page)).id).toBe('projectTitle');
    expect(await title.inputValue()).toBe('Parking policy');

    // Fixing the rest removes the summary.
    for (const q of required) {
      if (q.id === 'projectTitle') continue;
      if (q.kind === 'date') continue;
      await page.getByLabel(q.label, { exact: true }).fill(`An answer for ${q.label}`);
    }
    await expect.poll(summaryItems).toEqual([]);
    expect(await inlineErrors()).toEqual([]);
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
    expect(await page.title()).not.toMatch(/^Error/);
  });

  it('keeps "missing" findings for the task list and shows "to look at" ones beside the field', async () => {
    await page.goto(`${baseURL}/`);
    const id = await startNewAssessment(page);
    // The task list still says what is missing.
    await expect.poll(() => page.getByText(/missing/).count()).toBeGreaterThan(0);
    await page.goto(`${baseURL}/#/assessments/${encodeURIComponent(id)}/sections/${groups.id}`);
    await waitForHeading(page, sectionHeading(groups));
    const first = groups.questions[0]!;
    const second = groups.questions[1]!;
    await page.getByLabel(first.label, { exact: true }).fill('No impact.');
    await page.getByLabel(second.label, { exact: true }).fill('No impact.');
    await expect.poll(() => fieldFindings().then((f) => f.length)).toBeGreaterThan(0);
    const shown = await fieldFindings();
    expect(shown.every((t) => t.startsWith('To look at'))).toBe(true);
    expect(await page.locator('form').getByText('Missing', { exact: true }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
