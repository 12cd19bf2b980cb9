import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../pdf/pdf-text.ts';
import { axeViolations } from './support/browser.ts';
import { focused, normaliseSpace, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The template designer, with the keyboard: every action is a key press (Enter, Space, typing) on the
 * control it names; a control is reached with focus() rather than by counting Tab presses (the keyboard
 * suite covers Tab order). axe-core runs on every designer state, and no page scrolls sideways at 320 px.
 * Screenshots of each designer page at 1280 and 320 px go to $DESIGNER_SHOTS when it is set.
 */
const suite = browserSuite('designer', { checkGuards: true });
const { baseURL } = suite;
const shots = process.env.DESIGNER_SHOTS;

let page: Page;

async function press(target: Locator, key = 'Enter') {
  await target.focus();
  await page.keyboard.press(key);
}

async function typeInto(target: Locator, text: string) {
  await target.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** axe clean, no sideways scrolling at 320 px, and (with DESIGNER_SHOTS) a screenshot at both widths. */
async function checkState(name: string) {
  expect(await axeViolations(page), name).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  if (shots) await page.screenshot({ path: join(shots, `${name}-320.png`) });
  await page.setViewportSize({ width: 1280, height: 900 });
  if (shots) await page.screenshot({ path: join(shots, `${name}-1280.png`) });
}

async function questionOrder(): Promise<string[]> {
  return page.locator('li.app-designer-question h3').allInnerTexts();
}

beforeAll(async () => {
  ({ page } = await suite.person());
  await page.setViewportSize({ width: 1280, height: 900 });
});

describe('template designer', () => {
  let templateFile = '';

  it('copies HCPC 2018-10, adds and words a question, reorders two groups, undoes and redoes', async () => {
    await page.goto(`${baseURL}/#/templates`);
    await waitForHeading(page, 'Templates');
    await checkState('templates');

    await press(page.getByRole('link', { name: /Make a copy to adapt/ }).first());
    await waitForHeading(
      page,
      'Make a copy of Equality, Diversity and Inclusion Impact Assessment (EIA) (version 2018-10)',
    );
    await typeInto(page.getByLabel('Name of your template', { exact: true }), 'Council EIA');
    await checkState('copy');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Edit Council EIA');
    await expect.poll(async () => (await focused(page)).text).toBe('Edit Council EIA');
    await checkState('draft');
    // HCPC 2018-10 is bilingual; this copy is published in English only (its Welsh texts are kept).
    await press(page.getByLabel('English only'), 'Space');

    await press(page.getByRole('link', { name: 'Analysis by equality group' }));
    await waitForHeading(page, 'Section 3: Analysis by equality group');
    await checkState('section');

    // Add a question: its kind chosen from the list (each with a description), then its wording.
    await press(page.getByLabel('Long text'), 'Space');
    await typeInto(page.getByLabel('Question to add'), 'Carers');
    await page.keyboard.press('Enter');
    // Focus lands in the new question's wording, opened for editing.
    await expect.poll(async () => (await focused(page)).id).toBe('q-carers-label');
    await typeInto(page.locator('#q-carers-label'), 'Unpaid carers');
    await typeInto(page.locator('#q-carers-hint'), 'People who look after someone without being paid');
    expect((await questionOrder()).at(-1)).toBe('12. Unpaid carers');
    await checkState('section-with-new-question');

    // Reorder two groups: Age below Disability. Focus stays on the moved question's button.
    await press(page.getByRole('button', { name: 'Move Age down' }));
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Disability', '2. Age']);
    expect((await focused(page)).text).toBe('Move Age down');

    // Undo and redo.
    await press(page.getByRole('button', { name: 'Undo' }));
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Age', '2. Disability']);
    await press(page.getByRole('button', { name: 'Redo' }));
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Disability', '2. Age']);

    // Saved as typed, with its undo history: a reload comes back to the same draft and can still undo.
    await page.waitForTimeout(1_500);
    await page.reload();
    await waitForHeading(page, 'Section 3: Analysis by equality group');
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Disability', '2. Age']);
    expect((await questionOrder()).at(-1)).toBe('12. Unpaid carers');
    await press(page.getByRole('button', { name: 'Undo' }));
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Age', '2. Disability']);
    await press(page.getByRole('button', { name: 'Redo' }));
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Disability', '2. Age']);
  });

  it('starts from the copy with the common additions: impact per group, Carers, an action table', async () => {
    await page.goto(`${baseURL}/#/templates`);
    await waitForHeading(page, 'Templates');
    await press(page.getByRole('link', { name: /Make a copy with the common additions/ }).first());
    await typeInto(page.getByLabel('Name of your template', { exact: true }), 'Borough EIA');
    await checkState('copy-with-additions');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Edit Borough EIA');
    await page.goto(`${baseURL}/#/templates/borough-eia/draft/preview/assessments/preview/sections/analysis`);
    await page
      .getByRole('group', { name: /Carers/ })
      .first()
      .waitFor();
    expect(await page.getByRole('group', { name: /Socio-economic disadvantage/ }).count()).toBeGreaterThan(0);
    await checkState('preview-additions');
    await page.goto(`${baseURL}/#/templates/borough-eia/draft/publish`);
    await waitForHeading(page, 'Check and publish version 1');
    expect(await page.locator('.govuk-error-summary').count()).toBe(0);
  });

  it('previews the draft with the real form pages and a sample answer per question', async () => {
    await page.goto(`${baseURL}/#/templates/council-eia/draft/preview`);
    // The task list is headed by the sample answer to the title question.
    await waitForHeading(page, 'Sample answer: Project / policy title');
    await expect.poll(() => page.getByText('This is your draft as assessors will see it').count()).toBe(1);
    await checkState('preview-tasks');
    await press(page.getByRole('link', { name: /Analysis by equality group/ }).first());
    await expect
      .poll(() => page.getByLabel('Unpaid carers').inputValue())
      .toBe('Sample answer: Unpaid carers');
    await checkState('preview-section');
  });

  it('publishes the draft with a note, after showing what changed', async () => {
    await page.goto(`${baseURL}/#/templates/council-eia/draft/publish`);
    await waitForHeading(page, 'Check and publish version 1');
    const changes = normaliseSpace(await page.locator('#change-list').innerText());
    expect(changes).toContain('Added “Unpaid carers” (section 3, Analysis by equality group)');
    await checkState('publish');
    await typeInto(page.getByLabel('A short note of what changed in this version'), 'Added unpaid carers');
    await typeInto(page.getByLabel('Your name'), 'Edi Manager');
    await press(page.getByRole('button', { name: 'Publish version 1' }));
    await waitForHeading(page, 'Version 1 is published');
    await checkState('published');

    await page.goto(`${baseURL}/#/templates`);
    await waitForHeading(page, 'Templates');
    const council = page.getByRole('region', { name: 'Council EIA' });
    expect(normaliseSpace(await council.innerText())).toMatch(
      /1 Published Added unpaid carers .* by Edi Manager 0/,
    );
    await checkState('templates-published');
  });

  it('starts an assessment on it (asked which template), answers the new question, and finds it in the PDF', async () => {
    await page.goto(`${baseURL}/`);
    await press(page.getByRole('button', { name: 'Start a new assessment' }));
    await waitForHeading(page, 'Which template do you want to use?');
    await checkState('choose-template');
    await press(page.getByLabel('Council EIA'), 'Space');
    await press(page.getByRole('button', { name: 'Start the assessment' }));
    await waitForHeading(page, 'Untitled assessment');
    await press(page.getByRole('link', { name: /Analysis by equality group/ }).first());
    await typeInto(
      page.getByRole('textbox', { name: 'Unpaid carers', exact: true }),
      'Carers may find the new hours harder to attend.',
    );
    await page.waitForTimeout(800);
    await press(page.getByRole('link', { name: 'Back to task list' }).first());
    await waitForHeading(page, 'Untitled assessment');

    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Download PDF' }));
    const file = await download;
    const path = join(suite.dir(), file.suggestedFilename());
    await file.saveAs(path);
    const text = normaliseSpace((await extractPdf(new Uint8Array(await readFile(path)))).pages.join(' '));
    expect(text).toContain('Unpaid carers');
    expect(text).toContain('Carers may find the new hours harder to attend.');
  });

  it('exports the template, and a fresh browser imports it as the same version', async () => {
    await page.goto(`${baseURL}/#/templates`);
    await waitForHeading(page, 'Templates');
    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Export Council EIA version 1 (.eia-template.json)' }));
    const file = await download;
    expect(file.suggestedFilename()).toBe('council-eia-1.eia-template.json');
    templateFile = join(suite.dir(), file.suggestedFilename());
    await file.saveAs(templateFile);

    const fresh = await suite.context();
    const other = await fresh.newPage();
    await other.goto(`${baseURL}/#/templates`);
    await waitForHeading(other, 'Templates');
    expect(await other.getByRole('region', { name: 'Council EIA' }).count()).toBe(0);
    await other.locator('input[type="file"]').setInputFiles(templateFile);
    await expect.poll(() => other.getByText('Council EIA version 1 was imported.').count()).toBe(1);
    const region = other.getByRole('region', { name: 'Council EIA' });
    expect(normaliseSpace(await region.innerText())).toMatch(/Council EIA .*Version Status .* 1 Published/);
    expect(await axeViolations(other)).toEqual([]);
    expect(fresh.foreignRequests).toEqual([]);
    expect(fresh.pageErrors).toEqual([]);
    await fresh.context.close();
  });
});
