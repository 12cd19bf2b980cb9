import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  socialMediaGuidance2019Answers,
  socialMediaGuidance2019Publication,
} from '../../src/domain/examples/social-media-guidance-2019.ts';
import { axeViolations } from './support/browser.ts';
import { browserSuite, waitUntilSaved } from './support/suite.ts';
import { startNewAssessment, summaryRows, waitForHeading } from './support/eia.ts';

/** Issue 8, defect 12: the smaller ones, each in Chromium on the production build. */
const suite = browserSuite('smaller', { checkGuards: true });
const { at } = suite;
const EXAMPLE_TITLE = 'Social media guidance updates 2019';

async function newPage(): Promise<Page> {
  const guard = await suite.context();
  const page = await guard.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

function envelope(assessments: unknown[]): string {
  return JSON.stringify({
    format: 'eia-builder/assessments',
    formatVersion: 1,
    exportedAt: '2026-01-06T12:00:00.000Z',
    templates: [{ id: 'hcpc-eia', version: '2018-10' }],
    assessments,
  });
}

function record(id: string, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    id,
    templateId: 'hcpc-eia',
    templateVersion: '2018-10',
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-06T10:00:00.000Z',
    status: 'draft',
    revision: 1,
    completedSections: [],
    answers: socialMediaGuidance2019Answers,
    statusHistory: [],
    publication: socialMediaGuidance2019Publication,
    ...extra,
  };
}

async function importFile(page: Page, name: string, text: string) {
  const path = join(suite.dir(), name);
  await writeFile(path, text);
  await page.goto(at('/'));
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

describe('the smaller defects', () => {
  it('gives "Assessment not found" and an unknown section page titles', async () => {
    const page = await newPage();
    await page.goto(at('/assessments/no-such-assessment'));
    await waitForHeading(page, 'Assessment not found');
    expect(await page.title()).toBe('Assessment not found – EIA Builder');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(at('/'));
    const id = await startNewAssessment(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/no-such-section`));
    await waitForHeading(page, 'Page not found');
    expect(await page.title()).toBe('Page not found – EIA Builder');
  });

  it('opens the example already here rather than making a second identical row', async () => {
    const page = await newPage();
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Open the example' }).click();
    await waitForHeading(page, EXAMPLE_TITLE);
    const first = page.url();
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Open the example' }).click();
    await waitForHeading(page, EXAMPLE_TITLE);
    expect(page.url()).toBe(first);
    await page.goto(at('/'));
    await page.getByRole('link', { name: EXAMPLE_TITLE }).first().waitFor();
    expect(await page.getByRole('link', { name: EXAMPLE_TITLE, exact: true }).count()).toBe(1);
  });

  it('shows History as a button like its neighbours, and never "By: Not recorded" on the first row', async () => {
    const page = await newPage();
    await page.goto(at('/'));
    const id = await startNewAssessment(page);
    const history = page.getByRole('link', { name: 'History of this assessment' });
    expect(await history.getAttribute('class')).toContain('govuk-button');
    const exportButton = page.getByRole('button', { name: 'Export this assessment (.eia.json)' });
    const [a, b] = await Promise.all([history.boundingBox(), exportButton.boundingBox()]);
    expect(Math.round(a!.height)).toBe(Math.round(b!.height));

    await page.goto(at(`/assessments/${encodeURIComponent(id)}/review`));
    const table = page.locator('table', { hasText: 'Status history' });
    await table.waitFor();
    expect(await table.innerText()).not.toContain('Not recorded');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('colours the library row’s actions as links, the buttons as the History link beside them', async () => {
    const page = await newPage();
    await page.goto(at('/'));
    await startNewAssessment(page);
    await page.goto(at('/'));
    const row = page.locator('tbody tr').first();
    await row.waitFor();
    const colourOf = (selector: string, text: string) =>
      row
        .locator(selector, { hasText: text })
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    const link = await colourOf('a', 'History');
    // GOV.UK's link blue, not the text's black.
    expect(link).not.toBe('rgb(11, 12, 12)');
    expect(await colourOf('button', 'Download PDF')).toBe(link);
    expect(await colourOf('button', 'Export')).toBe(link);
  });

  it('shows no agreed date on a new revision’s Check your answers', async () => {
    const page = await newPage();
    const agreed = record('agreed-revision-test', {
      status: 'agreed',
      answers: { ...socialMediaGuidance2019Answers, dateAgreed: { day: '2', month: '10', year: '2019' } },
      statusHistory: [{ status: 'agreed', at: '2019-10-02T10:00:00.000Z', by: 'Sam Reviewer', note: '' }],
    });
    await importFile(page, 'agreed.eia.json', envelope([agreed]));
    await page.getByRole('link', { name: EXAMPLE_TITLE }).first().waitFor();
    await page.goto(at('/assessments/agreed-revision-test'));
    await page.getByRole('button', { name: 'Start a new revision' }).click();
    await expect.poll(() => page.getByText('Revision 2').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Check your answers', exact: true }).click();
    await waitForHeading(page, 'Check your answers');
    const rows = await summaryRows(page);
    expect(rows['Date EIA agreed']).not.toMatch(/2019|October|2\/10/);
    expect(await page.locator('main').innerText()).not.toContain('2 October 2019');
  });

  it('names the PDF and the .eia.json file with the same spelling of the title', async () => {
    const page = await newPage();
    await page.goto(at('/'));
    const id = await startNewAssessment(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/overview`));
    const title = 'Straßen & Ŵelsh: æsthetic policy for the wider region of the United Kingdom, 2026 review';
    await page.getByLabel('Project / policy title', { exact: true }).fill(title);
    await waitUntilSaved(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}`));
    await waitForHeading(page, title);
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this assessment (.eia.json)' }).click();
    const json = (await download).suggestedFilename();
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const pdf = (await download).suggestedFilename();
    const jsonTitle = json.replace(/-\d{4}-\d\d-\d\d\.eia\.json$/, '');
    const pdfTitle = pdf.replace(/^appendix-b-/, '').replace(/(-eia)?-\d{4}-\d\d-\d\d\.pdf$/, '');
    expect(jsonTitle).toBe(pdfTitle);
    expect(jsonTitle).toContain('strassen');
  });

  it('refuses a completed section with an over-long answer with a clear message, as the form does', async () => {
    const page = await newPage();
    const long = record('too-long-test', {
      answers: { ...socialMediaGuidance2019Answers, intendedOutcomes: 'x'.repeat(50_001) },
      completedSections: ['overview'],
    });
    await importFile(page, 'too-long.eia.json', envelope([long]));
    await expect
      .poll(() => page.getByText(/is marked as completed, but .* must be 50,000 characters or fewer/).count())
      .toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: EXAMPLE_TITLE }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints Check your answers without navigation, buttons or Change links, on fewer pages', async () => {
    const page = await newPage();
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Open the example' }).click();
    await waitForHeading(page, EXAMPLE_TITLE);
    await page.getByRole('link', { name: 'Check your answers', exact: true }).click();
    await waitForHeading(page, 'Check your answers');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (el: Element) => {
        const box = (el as HTMLElement).getBoundingClientRect();
        return getComputedStyle(el).display !== 'none' && box.width > 0 && box.height > 0;
      };
      return {
        header: [...document.querySelectorAll('header, .govuk-header, footer, .govuk-footer, nav')].filter(
          visible,
        ).length,
        buttons: [...document.querySelectorAll('button, .govuk-button')].filter(visible).length,
        change: [...document.querySelectorAll('.govuk-summary-list__actions')].filter(visible).length,
        backLink: [...document.querySelectorAll('.govuk-back-link, .govuk-skip-link')].filter(visible).length,
        answers: [...document.querySelectorAll('.govuk-summary-list__value')].filter(visible).length,
      };
    });
    expect(shown).toMatchObject({ header: 0, buttons: 0, change: 0, backLink: 0 });
    expect(shown.answers).toBeGreaterThan(20);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // The example printed on 10 A4 pages with the navigation, buttons and Change links.
    expect(pages).toBeLessThan(10);
  });
});
