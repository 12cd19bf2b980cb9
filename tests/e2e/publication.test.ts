import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../pdf/pdf-text.ts';
import { axeViolations } from './support/browser.ts';
import { focused, startNewAssessment, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 8, defect 5: "Publication details" (appendix label, organisation, committee, meeting date as a GOV.UK
 * date input, "About this form"), reached from the task list and from beside "Download PDF"; what is set
 * there heads the PDF; the details can be kept as the defaults for every new assessment.
 */
const suite = browserSuite('publication', { checkGuards: true });
const { baseURL } = suite;
let page: Page;

beforeAll(async () => {
  ({ page } = await suite.person());
  page.setDefaultTimeout(10_000);
});

const meeting = () => page.getByRole('group', { name: 'Meeting date' });

describe('publication details', () => {
  it('are set on their own page, checked as a GOV.UK date, and head the downloaded PDF', async () => {
    await page.goto(`${baseURL}/`);
    await startNewAssessment(page);
    // From the task list.
    await page.getByRole('link', { name: 'Publication details' }).first().click();
    await waitForHeading(page, 'Publication details');
    expect(await page.title()).toBe('Publication details – EIA Builder');
    expect(await page.getByLabel('Appendix label', { exact: true }).inputValue()).toBe('Appendix B');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Appendix label', { exact: true }).fill('Appendix C');
    await page.getByLabel('Organisation', { exact: true }).fill('Health and Care Professions Council');
    await page.getByLabel('Committee', { exact: true }).fill('Education and Training Committee');
    await meeting().getByLabel('Day').fill('31');
    await meeting().getByLabel('Month').fill('2');
    await meeting().getByLabel('Year').fill('2027');
    await page.getByLabel('Include “About this form” at the end of the PDF').check();
    await page.getByLabel('Use these details for every new assessment').check();
    await page.getByRole('button', { name: 'Save publication details' }).click();

    // GOV.UK date validation: summary takes focus, links to the field, the page title says Error.
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary__list li').allInnerTexts()).toEqual([
      'Meeting date must be a real date',
    ]);
    expect((await focused(page)).className).toContain('govuk-error-summary');
    expect(await page.title()).toBe('Error: Publication details – EIA Builder');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Meeting date must be a real date' }).click();
    expect((await focused(page)).id).toBe('meetingDate-day');

    await meeting().getByLabel('Day').fill('10');
    await page.getByRole('button', { name: 'Save publication details' }).click();
    await page.waitForURL(/#\/assessments\/[^/]+$/);
    await waitForHeading(page, 'Untitled assessment');
    // The Publication details task says what the PDF will be headed with (once: the downloads follow it).
    expect(await page.getByText(/Education and Training Committee/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The task opens the same page with what was saved.
    await page.getByRole('link', { name: /^Publication details/ }).click();
    await waitForHeading(page, 'Publication details');
    expect(await meeting().getByLabel('Day').inputValue()).toBe('10');
    expect(await meeting().getByLabel('Month').inputValue()).toBe('2');
    expect(await page.getByLabel('Organisation', { exact: true }).inputValue()).toBe(
      'Health and Care Professions Council',
    );
    await page.getByRole('link', { name: 'Back to task list' }).click();
    await waitForHeading(page, 'Untitled assessment');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('appendix-c-untitled-assessment-eia-2027-02-10.pdf');
    const path = join(suite.dir(), file.suggestedFilename());
    await file.saveAs(path);
    const pdf = await extractPdf(new Uint8Array(await readFile(path)));
    expect(pdf.pages[0]).toContain('Appendix C');
    expect(pdf.pages[0]).toContain('Health and Care Professions Council');
    expect(pdf.pages[0]).toContain('Education and Training Committee');
    expect(pdf.pages[0]).toContain('10 February 2027');
    expect(pdf.outline).toContain('About this form');
    expect(pdf.pages.join(' ')).not.toContain('Appendix 2');
  });

  it('gives every new assessment the saved defaults, except the meeting date', async () => {
    await page.goto(`${baseURL}/`);
    await startNewAssessment(page);
    await page.getByRole('link', { name: 'Publication details' }).first().click();
    await waitForHeading(page, 'Publication details');
    expect(await page.getByLabel('Appendix label', { exact: true }).inputValue()).toBe('Appendix C');
    expect(await page.getByLabel('Organisation', { exact: true }).inputValue()).toBe(
      'Health and Care Professions Council',
    );
    expect(await page.getByLabel('Committee', { exact: true }).inputValue()).toBe(
      'Education and Training Committee',
    );
    expect(await page.getByLabel('Include “About this form” at the end of the PDF').isChecked()).toBe(true);
    expect(await meeting().getByLabel('Day').inputValue()).toBe('');
  });

  it('shows the example’s details, its meeting date as day, month and year', async () => {
    await page.goto(`${baseURL}/`);
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.getByRole('link', { name: 'Publication details' }).first().click();
    await waitForHeading(page, 'Publication details');
    expect(await meeting().getByLabel('Day').inputValue()).toBe('11');
    expect(await meeting().getByLabel('Month').inputValue()).toBe('9');
    expect(await meeting().getByLabel('Year').inputValue()).toBe('2019');
  });
});
