import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findTemplate } from '../../schemas/templates/index.ts';
import { extractPdf } from '../pdf/pdf-text.ts';
import { axeViolations, guardedContext, launchBrowser } from './support/browser.ts';
import { startNewAssessment, waitForHeading } from './support/eia.ts';

/**
 * An assessment written in Welsh: the interface language remembered as Welsh in this browser (the choice
 * the header's language switch keeps), a new assessment on the bilingual HCPC template, its wording in
 * Welsh in the form, Check your answers, the PDF and the accessible version (lang="cy", axe-clean).
 */
const baseURL = inject('baseURL');
const welsh = findTemplate('hcpc-eia', '2018-10', 'cy')!;
const analysis = welsh.sections[2]!;
const AGE = 'Bydd yr ŵyl yn cynnwys pobl hŷn â’u teuluoedd.';
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'eia-e2e-welsh-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('an assessment written in Welsh, in Chromium', () => {
  it('shows the template in Welsh, and exports a Welsh PDF and a Welsh accessible version', async () => {
    const guard = await guardedContext(browser, baseURL);
    // The interface language remembered as Welsh (frames without storage, e.g. a download's, are skipped).
    await guard.context.addInitScript(() => {
      try {
        window.localStorage.setItem('eia-builder.language', 'cy');
      } catch {
        /* no storage in this frame */
      }
    });
    const page = await guard.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseURL}/`);
    await startNewAssessment(page);
    expect(await page.getByRole('link', { name: `3. ${analysis.title}`, exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: `3. ${analysis.title}`, exact: true }).click();
    await waitForHeading(page, `Section 3: ${analysis.title}`);
    await page.getByLabel('Oedran', { exact: true }).fill(AGE);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Back to task list' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Check your answers', exact: true }).click();
    await waitForHeading(page, 'Check your answers');
    const ageRow = page.locator('.govuk-summary-list__row').filter({ hasText: AGE });
    expect(await ageRow.locator('.govuk-summary-list__key').innerText()).toBe('Oedran');
    expect(await page.locator('[lang="cy"]').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Back to task list' }).click();
    await page.getByRole('button', { name: 'Download PDF' }).waitFor();
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const pdfFile = join(dir, 'welsh.pdf');
    await (await pdfDownload).saveAs(pdfFile);
    const pdf = await extractPdf(new Uint8Array(await readFile(pdfFile)));
    expect(pdf.text).toContain('Oedran (yn cynnwys plant, pobl ifanc a phobl hŷn)');
    expect(pdf.text).toContain(AGE);
    expect(pdf.text).toContain('Adran 3: Dadansoddiad fesul grŵp cydraddoldeb');
    expect(pdf.text).toMatch(/Tudalen 1 o \d+/);

    const htmlDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download accessible version (HTML)' }).click();
    const htmlFile = join(dir, 'welsh.html');
    await (await htmlDownload).saveAs(htmlFile);
    const html = await readFile(htmlFile, 'utf8');
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain(AGE);
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();

    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const own = await context.newPage();
    await own.goto(pathToFileURL(htmlFile).href);
    expect(await own.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(
      await own.getByRole('heading', { name: 'Oedran (yn cynnwys plant, pobl ifanc a phobl hŷn)' }).count(),
    ).toBe(1);
    expect(await axeViolations(own)).toEqual([]);
    await context.close();
  });

  it('prints the appendix in both languages when chosen on Publication details', async () => {
    const guard = await guardedContext(browser, baseURL);
    const page = await guard.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseURL}/`);
    await startNewAssessment(page);
    await page
      .getByRole('main')
      .getByRole('link', { name: /Publication details/ })
      .first()
      .click();
    await waitForHeading(page, 'Publication details');
    await page.getByRole('group', { name: 'Language of this assessment' }).getByLabel('Cymraeg').check();
    await page.getByLabel('Both: English, then Welsh').check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save publication details' }).click();
    await page.getByRole('link', { name: `3. ${analysis.title}`, exact: true }).waitFor();

    const htmlDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download accessible version (HTML)' }).click();
    const htmlFile = join(dir, 'both.html');
    await (await htmlDownload).saveAs(htmlFile);
    const html = await readFile(htmlFile, 'utf8');
    expect(html.indexOf('Adran 3:')).toBeGreaterThan(html.indexOf('Section 3: Analysis by equality group'));
    expect(html).toContain('<div class="part" lang="cy">');

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const pdfFile = join(dir, 'both.pdf');
    await (await pdfDownload).saveAs(pdfFile);
    const text = (await extractPdf(new Uint8Array(await readFile(pdfFile)))).text;
    expect(text.indexOf('Oedran (yn cynnwys')).toBeGreaterThan(text.indexOf('Age (includes'));
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });
});
