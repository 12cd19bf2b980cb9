import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localiseTemplate } from '../../schemas/template-definition.ts';
import { registerTemplate } from '../../schemas/templates/index.ts';
import { createAssessment } from '../../src/domain/new-assessment.ts';
import { buildEnvelope, serialiseEnvelope } from '../../src/storage/files/build-eia-file.ts';
import { impactTableTemplate } from '../impact-table-template.ts';
import { extractPdf, normalise } from '../pdf/pdf-text.ts';
import { axeViolations, type GuardedContext } from './support/browser.ts';
import { focused, summaryRows } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * An impact and a table question filled with the keyboard alone (page.keyboard only), on an assessment
 * written on a template this browser has never seen (it arrives inside the imported .eia.json). axe runs
 * on every new state: the error summary, the revealed mitigation, a row added, a row moved, a row removed.
 * Then the answers are found on Check your answers and in the downloaded PDF's text.
 */
const suite = browserSuite('kinds');
const { baseURL } = suite;
const ID = 'keyboard-impact-table';
const MITIGATION = 'Keep route 7 running in the evening.';
const WHY = 'Older riders use the evening buses most, the 2025 survey showed.';
const ACTION_1 = 'Survey older riders';
const ACTION_2 = 'Publish the new timetable in large print';

let guard: GuardedContext;
let page: Page;

beforeAll(async () => {
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(10_000);
});

/** Presses Tab until the element with `id` has focus (at most `max` presses). */
async function tabToId(id: string, max = 40) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).id === id) return;
  }
  throw new Error(`Pressed Tab ${max} times without reaching #${id}`);
}

/** Presses Tab until the focused element's text is `text` (a button). */
async function tabToText(text: string, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === text) return;
  }
  throw new Error(`Pressed Tab ${max} times without reaching “${text}”`);
}

async function expectFocusOn(id: string) {
  await expect.poll(async () => (await focused(page)).id).toBe(id);
}

async function expectAxeClean(state: string) {
  expect(await axeViolations(page), state).toEqual([]);
}

describe('impact and table questions with the keyboard alone, in Chromium', () => {
  it('imports an assessment whose template this browser has never seen', async () => {
    registerTemplate(impactTableTemplate);
    const template = localiseTemplate(impactTableTemplate);
    const assessment = createAssessment({ id: ID, template, answers: { name: 'Bus timetable' } as never });
    await page.goto(`${baseURL}/`);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bus.eia.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serialiseEnvelope(buildEnvelope([assessment]))),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('link', { name: 'Bus timetable' }).first().waitFor();
    await page.goto(`${baseURL}/#/assessments/${ID}/sections/impact`);
    await page.getByRole('heading', { level: 1, name: 'Section 2: Impact and actions' }).waitFor();
    await expectAxeClean('section page');
  });

  it('shows the error summary, and its link takes focus to the ratings', async () => {
    await tabToText('Mark this section as completed');
    await page.keyboard.press('Enter');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Select the impact on older people: positive, negative, neutral or not known',
    );
    expect(await summary.textContent()).toContain('Add at least one action to the action plan');
    await expectAxeClean('error summary');
    // Tab to the first error link and follow it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectFocusOn('olderPeople');
  });

  it('ticks "Negative" with Space, which reveals the mitigation, and types why', async () => {
    await tabToId('olderPeople-negative', 3);
    await page.keyboard.press('Space');
    await page.getByRole('textbox', { name: /What will you do about the negative impact/ }).waitFor();
    await expectAxeClean('mitigation revealed');
    await tabToId('olderPeople-mitigation', 2);
    await page.keyboard.type(MITIGATION);
    await tabToId('olderPeople-why', 6);
    await page.keyboard.type(WHY);
  });

  it('adds two rows with Enter, fills them, moves one up and removes one', async () => {
    await tabToId('actions-add');
    await page.keyboard.press('Enter');
    await expectFocusOn('actions-row-1-action');
    await page.keyboard.type(ACTION_1);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Transport team');
    await page.keyboard.press('Tab');
    await page.keyboard.type('31');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('actions-row-1-status');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#actions-row-1-status').inputValue()).toBe('open');
    await expectAxeClean('one row added');

    await tabToId('actions-add', 6);
    await page.keyboard.press('Enter');
    await expectFocusOn('actions-row-2-action');
    await page.keyboard.type(ACTION_2);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Comms');
    for (const part of ['1', '4', '2026']) {
      await page.keyboard.press('Tab');
      await page.keyboard.type(part);
    }
    await expectAxeClean('two rows');

    await tabToId('actions-row-2-up', 6);
    await page.keyboard.press('Enter');
    await expectFocusOn('actions-row-1-down');
    expect(await page.locator('#actions-row-1-action').inputValue()).toBe(ACTION_2);
    expect(await page.getByRole('status').filter({ hasText: 'moved up' }).count()).toBe(1);
    await expectAxeClean('row moved up');

    // Move it back down, then add a third row and remove it.
    await page.keyboard.press('Enter');
    await expectFocusOn('actions-row-2-up');
    expect(await page.locator('#actions-row-1-action').inputValue()).toBe(ACTION_1);
    await tabToId('actions-add', 12);
    await page.keyboard.press('Enter');
    await expectFocusOn('actions-row-3-action');
    await page.keyboard.type('A row to remove');
    await tabToId('actions-row-3-remove', 12);
    await page.keyboard.press('Enter');
    await expectFocusOn('actions-row-2');
    expect(await page.locator('#actions-row-3-action').count()).toBe(0);
    await expectAxeClean('row removed');
  });

  it('marks the section completed and shows the answers on Check your answers', async () => {
    await tabToText('Mark this section as completed');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/assessments/${ID}$`));
    await page.goto(`${baseURL}/#/assessments/${ID}/check`);
    await page.getByRole('heading', { level: 1, name: /Check your answers/ }).waitFor();
    const rows = await summaryRows(page);
    const older = Object.entries(rows).find(([key]) => key.startsWith('Older people'))?.[1] ?? '';
    expect(older).toContain('Impact: Negative');
    expect(older).toContain(MITIGATION);
    expect(older).toContain(WHY);
    const table = page.getByRole('table', { name: 'Action plan' });
    expect(normalise((await table.textContent()) ?? '')).toContain(
      `${ACTION_1}Transport team31 March 2026Open`,
    );
    expect(await table.textContent()).toContain(ACTION_2);
    await expectAxeClean('check your answers');
  });

  it('prints the ratings as words and the actions as a table in the PDF', async () => {
    await page.goto(`${baseURL}/#/assessments/${ID}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await download;
    const path = join(suite.dir(), file.suggestedFilename());
    await file.saveAs(path);
    const text = (await extractPdf(new Uint8Array(await readFile(path)))).text;
    for (const words of [
      'Impact: Negative',
      MITIGATION,
      WHY,
      'Action Owner Due date Status',
      `${ACTION_1} Transport team 31 March 2026 Open`,
      `${ACTION_2} Comms 1 April 2026`,
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('A row to remove');
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
});
