import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { socialMediaGuidance2019Answers } from '../../src/domain/examples/social-media-guidance-2019.ts';
import { bodyText, extractPdf, normalise } from '../pdf/pdf-text.ts';
import { axeViolations } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The PDF as a user gets it: open the example, "Download PDF" on its task list, read the file back; then
 * import that PDF into a browser that has never seen the assessment.
 */
const suite = browserSuite('pdf');
const { baseURL } = suite;
const FILE_NAME = 'appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf';
let pdfPath: string;

async function openExample(page: Page) {
  await page.goto(`${baseURL}/`);
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.getByRole('button', { name: 'Download PDF' }).waitFor();
}

describe('the PDF appendix in Chromium', () => {
  it('downloads from the assessment with every answer, page numbers and its metadata', async () => {
    const guard = await suite.context();
    const page = await guard.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openExample(page);
    expect(scripts.some((url) => /pdf\.worker|export-pdf/.test(url))).toBe(false);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(FILE_NAME);
    pdfPath = join(suite.dir(), file.suggestedFilename());
    await file.saveAs(pdfPath);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).count()).toBe(1);

    const pdf = await extractPdf(new Uint8Array(await readFile(pdfPath)));
    const text = bodyText(pdf, 'Appendix B: Social media guidance updates 2019');
    expect(pdf.pages[0]).toContain('Appendix B Social media guidance updates 2019');
    for (const answer of Object.values(socialMediaGuidance2019Answers)) {
      if (typeof answer === 'string') expect(text).toContain(normalise(answer));
    }
    pdf.pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
    expect(pdf.info).toMatchObject({
      Title: 'Appendix B: Social media guidance updates 2019',
      Language: 'en-GB',
    });

    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });

  it('downloads the same PDF from the library row, without opening the assessment', async () => {
    const guard = await suite.context();
    const page = await guard.newPage();
    await openExample(page);
    await page.goto(`${baseURL}/`);
    const rowAction = page.getByRole('button', {
      name: 'Download PDF of Social media guidance updates 2019',
    });
    const download = page.waitForEvent('download');
    await rowAction.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(FILE_NAME);
    const path = join(suite.dir(), `row-${file.suggestedFilename()}`);
    await file.saveAs(path);
    const pdf = await extractPdf(new Uint8Array(await readFile(path)));
    expect(pdf.pages[0]).toContain('Appendix B Social media guidance updates 2019');
    expect(bodyText(pdf, 'Appendix B: Social media guidance updates 2019')).toContain(
      normalise(socialMediaGuidance2019Answers.intendedOutcomes),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });

  it('imports the downloaded PDF into another browser as the same assessment', async () => {
    expect(pdfPath).toBeTruthy();
    const guard = await suite.context();
    const page = await guard.newPage();
    await page.goto(`${baseURL}/`);
    await page.locator('input[type="file"]').setInputFiles(pdfPath);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('link', { name: 'Social media guidance updates 2019' }).first().click();
    await page.getByRole('button', { name: 'Download PDF' }).waitFor();
    await page.getByRole('link', { name: /Project \/ Policy overview/ }).click();
    await expect
      .poll(() => page.getByLabel('Name of impact assessor', { exact: true }).inputValue())
      .toBe(socialMediaGuidance2019Answers.assessorName);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });
});
