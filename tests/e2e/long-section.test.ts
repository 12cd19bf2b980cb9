import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableRow } from '../../schemas/kinds/table/table-kind.ts';
import { registerTemplate } from '../../schemas/templates/index.ts';
import { buildEnvelope, serialiseEnvelope } from '../../src/storage/files/build-eia-file.ts';
import { largeAssessment, largeTemplate, ROWS } from '../../scripts/bench/large-template.ts';
import { axeViolations } from './support/browser.ts';
import { focused } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * A long section (the issue 9 bench form: section 2 holds four tables of ten rows and four impacts, 326
 * fields). Questions and table rows off the screen are not drawn (CSS content-visibility), so a keystroke
 * redraws only what can be seen; this checks that the skipped fields are still there for the person: the
 * error summary's link reaches one far down the page, focuses it and shows it, typing works, axe is clean.
 */
const suite = browserSuite('long-section', { checkGuards: true });
const { baseURL } = suite;
const CELL = `q24-row-${ROWS}-action`;

let page: Page;

beforeAll(async () => {
  ({ page } = await suite.person());
  page.setDefaultTimeout(20_000);
});

/** axe's findings on the page (a radio that reveals a follow-up once carried a disallowed aria-expanded). */
async function axeFindings(): Promise<string[]> {
  return axeViolations(page);
}

/** Whether the element is drawn: false while content-visibility skips it (off the screen). */
function drawn(id: string): Promise<boolean> {
  return page
    .locator(`#${id}`)
    .evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions));
}

describe('a section of 326 fields, in Chromium', () => {
  it('draws only the questions on the screen, and an error summary link still reaches the last field', async () => {
    const definition = largeTemplate();
    registerTemplate(definition);
    const assessment = largeAssessment(definition);
    // The last action of the fourth table is left blank: the one thing missing from section 2.
    const rows = assessment.answers.q24 as TableRow[];
    rows[ROWS - 1] = { ...rows[ROWS - 1]!, cells: { ...rows[ROWS - 1]!.cells, action: '' } };
    await page.goto(`${baseURL}/`);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'large.eia.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serialiseEnvelope(buildEnvelope([assessment]))),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 1 assessment').first().waitFor({ timeout: 60_000 });
    await page.goto(`${baseURL}/#/assessments/${assessment.id}/sections/s2`);
    await page.getByRole('heading', { level: 1, name: 'Section 2: Section 2' }).waitFor();

    // Its first screen is painted first and the rest follows a moment later (section-page.tsx).
    await expect.poll(() => page.locator('form input, form textarea, form select').count()).toBe(326);
    expect(await drawn('q13-row-1-action')).toBe(true);
    // Far below the screen: in the page (it can be focused and found), but not laid out or painted.
    expect(await drawn(CELL)).toBe(false);
    expect(await drawn('q25-why')).toBe(false);
    expect(await axeFindings()).toEqual([]);

    await page.getByRole('button', { name: 'Mark this section as completed' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect.poll(async () => (await focused(page)).className).toContain('govuk-error-summary');
    const links = summary.getByRole('link');
    expect(await links.count()).toBe(1);
    await links.first().click();

    await expect.poll(async () => (await focused(page)).id).toBe(CELL);
    expect(await drawn(CELL)).toBe(true);
    const box = await page.locator(`#${CELL}`).boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    expect(await axeFindings()).toEqual([]);

    await page.keyboard.type('Ring the riders');
    expect(await page.locator(`#${CELL}`).inputValue()).toBe('Ring the riders');
    // The error clears as the field is fixed (the page watches the answer it is about).
    await expect.poll(() => summary.count()).toBe(0);
  });
});
