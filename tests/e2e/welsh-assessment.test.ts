import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../schemas/templates/index.ts';
import { extractPdf } from '../pdf/pdf-text.ts';
import { axeViolations } from './support/browser.ts';
import { assessmentIdFrom, startNewAssessment, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * An assessment written in Welsh: the interface language remembered as Welsh in this browser (the choice
 * the header's language switch keeps), a new assessment on the bilingual HCPC template, its wording in
 * Welsh in the form, Check your answers, the PDF and the accessible version (lang="cy", axe-clean).
 */
const suite = browserSuite('welsh');
const { baseURL } = suite;
const welsh = findTemplate('hcpc-eia', '2018-10', 'cy')!;
const analysis = welsh.sections[2]!;
const AGE = 'Bydd yr ŵyl yn cynnwys pobl hŷn â’u teuluoedd.';

/** The interface's Welsh words, by message id, from the catalogue a translator works in. */
const catalogue = new Map(
  [
    ...readFileSync(
      fileURLToPath(new URL('../../src/components/i18n/locales/cy.po', import.meta.url)),
      'utf8',
    ).matchAll(/^msgid "(.+)"\nmsgstr "(.*)"$/gm),
  ].map((m) => [m[1]!, m[2]!.replace(/\\"/g, '"')]),
);
function cy(id: string, values: Record<string, string | number> = {}): string {
  const text = catalogue.get(id);
  if (text === undefined) throw new Error(`No Welsh message "${id}"`);
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

/** "Start a new assessment" in Welsh, then the new assessment's task list. */
async function startInWelsh(page: Page): Promise<string> {
  await page.getByRole('button', { name: cy('library.start') }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  await waitForHeading(page, cy('library.untitled'));
  return assessmentIdFrom(page.url());
}

describe('an assessment written in Welsh, in Chromium', () => {
  it('shows the template in Welsh, and exports a Welsh PDF and a Welsh accessible version', async () => {
    const guard = await suite.context();
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
    await startInWelsh(page);
    expect(await page.getByRole('link', { name: `3. ${analysis.title}`, exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: `3. ${analysis.title}`, exact: true }).click();
    await waitForHeading(page, cy('form.sectionHeading', { number: 3, title: analysis.title }));
    await page.getByLabel('Oedran', { exact: true }).fill(AGE);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: cy('form.backToTaskList') }).click();
    await page
      .getByRole('main')
      .getByRole('link', { name: cy('form.checkAnswers'), exact: true })
      .click();
    await waitForHeading(page, cy('form.checkAnswers'));
    const ageRow = page.locator('.govuk-summary-list__row').filter({ hasText: AGE });
    expect(await ageRow.locator('.govuk-summary-list__key').innerText()).toBe('Oedran');
    // The page is in Welsh, like the assessment: the template's wording needs no lang of its own.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: cy('form.backToTaskList') }).click();
    await page.getByRole('button', { name: cy('pdf.download') }).waitFor();
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: cy('pdf.download') }).click();
    const pdfFile = join(suite.dir(), 'welsh.pdf');
    await (await pdfDownload).saveAs(pdfFile);
    const pdf = await extractPdf(new Uint8Array(await readFile(pdfFile)));
    expect(pdf.text).toContain('Oedran (yn cynnwys plant, pobl ifanc a phobl hŷn)');
    expect(pdf.text).toContain(AGE);
    expect(pdf.text).toContain('Adran 3: Dadansoddiad fesul grŵp cydraddoldeb');
    expect(pdf.text).toMatch(/Tudalen 1 o \d+/);

    const htmlDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: cy('html.download') }).click();
    const htmlFile = join(suite.dir(), 'welsh.html');
    await (await htmlDownload).saveAs(htmlFile);
    const html = await readFile(htmlFile, 'utf8');
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain(AGE);
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();

    const context = await suite.browser().newContext({ viewport: { width: 320, height: 800 } });
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
    const guard = await suite.context();
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
    // An English page showing a Welsh assessment: the template's wording carries lang="cy".
    expect(
      await page
        .getByRole('link', { name: `3. ${analysis.title}`, exact: true })
        .locator('[lang="cy"]')
        .count(),
    ).toBe(1);
    expect(await page.getByText(/; printed in English, then Welsh$/).count()).toBe(1);

    const htmlDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download accessible version (HTML)' }).click();
    const htmlFile = join(suite.dir(), 'both.html');
    await (await htmlDownload).saveAs(htmlFile);
    const html = await readFile(htmlFile, 'utf8');
    expect(html.indexOf('Adran 3:')).toBeGreaterThan(html.indexOf('Section 3: Analysis by equality group'));
    expect(html).toContain('<div class="part" lang="cy">');

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const pdfFile = join(suite.dir(), 'both.pdf');
    await (await pdfDownload).saveAs(pdfFile);
    const text = (await extractPdf(new Uint8Array(await readFile(pdfFile)))).text;
    expect(text.indexOf('Oedran (yn cynnwys')).toBeGreaterThan(text.indexOf('Age (includes'));
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });
});
