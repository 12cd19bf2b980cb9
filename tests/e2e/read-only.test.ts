import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  socialMediaGuidance2019Answers,
  socialMediaGuidance2019Publication,
} from '../../src/domain/examples/social-media-guidance-2019.ts';
import { axeViolations } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 8, defect 7: a read-only page (the second tab of the same assessment; an agreed assessment) looks
 * and behaves read-only: `readonly` fields styled as such, the reason beside the field in focus, and a
 * polite message when someone types into one; Space does not scroll the page.
 */
const suite = browserSuite('read-only', { checkGuards: true });
const { at } = suite;

async function newContext() {
  return suite.context();
}

/** The text of the page's polite live regions. */
function politeMessages(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live="polite"], [role="status"]')]
      .map((el) => el.textContent ?? '')
      .join(' | '),
  );
}

/** Types into a read-only field and checks it says why nothing happens, beside it, without scrolling. */
async function expectReadOnlyField(page: Page, label: string, because: RegExp) {
  const field = page.getByLabel(label, { exact: true });
  expect(await field.getAttribute('readonly')).not.toBeNull();
  const look = await field.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(look).not.toBe('rgb(255, 255, 255)');
  const before = await field.inputValue();
  await field.scrollIntoViewIfNeeded();
  await field.focus();
  // The reason is shown next to the field in focus, on screen.
  const note = page.locator('.app-read-only-note');
  await note.waitFor();
  expect(await note.innerText()).toMatch(because);
  const [fieldBox, noteBox] = await Promise.all([field.boundingBox(), note.boundingBox()]);
  expect(Math.abs(noteBox!.y - (fieldBox!.y + fieldBox!.height))).toBeLessThan(120);

  const scrollY = await page.evaluate(() => window.scrollY);
  await page.keyboard.type('abc');
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  expect(await field.inputValue()).toBe(before);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  await expect.poll(() => politeMessages(page)).toMatch(/Nothing was typed/);
  expect(await politeMessages(page)).toMatch(because);
  expect(await axeViolations(page)).toEqual([]);
}

describe('read-only pages', () => {
  it('look and behave read-only in a second tab of the same assessment', async () => {
    const { newPage } = await newContext();
    const first = await newPage();
    await first.goto(at('/'));
    await first.getByRole('button', { name: 'Start a new assessment' }).click();
    await first.waitForURL(/#\/assessments\/[^/]+$/);
    const id = decodeURIComponent(first.url().split('/').pop()!);
    const section = at(`/assessments/${encodeURIComponent(id)}/sections/overview`);
    await first.goto(section);
    await first.getByLabel('Project / policy title', { exact: true }).fill('Written in the first tab');

    const second = await newPage();
    await second.setViewportSize({ width: 800, height: 500 });
    await second.goto(section);
    await expect
      .poll(() =>
        second.getByText('This assessment is open in another tab, so you can only read it here').count(),
      )
      .toBe(1);
    await expectReadOnlyField(second, 'What are the intended outcomes of this work?', /open in another tab/);
    await expectReadOnlyField(second, 'Project / policy title', /open in another tab/);
  });

  it('look and behave read-only when the assessment is agreed', async () => {
    const agreed = {
      schemaVersion: 1,
      id: 'agreed-read-only-test',
      templateId: 'hcpc-eia',
      templateVersion: '2018-10',
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-06T10:00:00.000Z',
      status: 'agreed',
      revision: 1,
      completedSections: [],
      answers: socialMediaGuidance2019Answers,
      statusHistory: [{ status: 'agreed', at: '2026-01-06T10:00:00.000Z', by: 'Sam Reviewer', note: '' }],
      publication: socialMediaGuidance2019Publication,
    };
    const path = join(suite.dir(), 'agreed.eia.json');
    await writeFile(
      path,
      JSON.stringify({
        format: 'eia-builder/assessments',
        formatVersion: 1,
        exportedAt: '2026-01-06T12:00:00.000Z',
        templates: [{ id: 'hcpc-eia', version: '2018-10' }],
        assessments: [agreed],
      }),
    );
    const { newPage } = await newContext();
    const page = await newPage();
    await page.goto(at('/'));
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('link', { name: 'Social media guidance updates 2019' }).first().waitFor();
    await page.goto(at('/assessments/agreed-read-only-test/sections/evidence'));
    await page.getByRole('heading', { level: 1, name: /Section 2/ }).waitFor();
    await expectReadOnlyField(
      page,
      'Have you engaged stakeholders in gathering or analysing this evidence?',
      /agreed/,
    );
  });
});
