import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../pdf/pdf-text.ts';
import { axeViolations } from './support/browser.ts';
import { focused, normaliseSpace, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The EDI manager's journey through the template designer with the keyboard alone: every control is
 * reached with Tab or Shift+Tab (page.keyboard, never element.focus()) and pressed with Enter or Space;
 * axe-core runs on every designer state, and no state scrolls sideways at 320 px. Copy HCPC 2018-10, add
 * "Carers" with an impact rating, replace the Welsh Language Scheme question, turn the action plan into
 * a table with owner and due-date columns, reorder two groups, undo and redo, publish; start an
 * assessment on it and fill every new question; find every new label and answer in its PDF; start version
 * 2 and change a question's kind (warned of its answers, undone and redone; the publish page's change list
 * and move preview say what moving does with the answer given on version 1); export the template and
 * import it in a fresh browser; retire it (no new assessment starts on it; the one written
 * on it keeps every answer). Screenshots at 1280 and 320 px go to $DESIGNER_SHOTS when it is set.
 */
const suite = browserSuite('designer-keyboard', { checkGuards: true });
const shots = process.env.DESIGNER_SHOTS;
let page: Page;

const WELSH_STANDARDS = 'Welsh Language Standards: effects on opportunities to use Welsh';
const ANSWERS = {
  carersWhy: 'Evening meetings are hard for carers to attend.',
  carersMitigation: 'Offer daytime and online sessions.',
  welsh: 'Every leaflet will be bilingual and Welsh speakers can ask for a meeting in Welsh.',
  action: 'Publish the timetable in Welsh',
  owner: 'Communications team',
};

/** Presses Tab (or Shift+Tab when the target comes before focus) until `target` has focus. */
async function reach(target: Locator, max = 600) {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('No such element to reach');
  const forward = await handle.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return true;
    return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  for (let i = 0; i < max; i += 1) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(forward ? 'Tab' : 'Shift+Tab');
  }
  const what = await handle.evaluate(
    (el) => `${el.outerHTML.slice(0, 120)} visible=${String((el as HTMLElement).offsetParent !== null)}`,
  );
  throw new Error(`Pressed ${forward ? 'Tab' : 'Shift+Tab'} ${max} times without reaching ${what}`);
}

/**
 * Selects a radio as a keyboard user does: Tab reaches the group (its checked radio, or the first), then
 * the arrow keys move to (and select) the one wanted.
 */
async function pickRadio(target: Locator) {
  const name = await target.getAttribute('name');
  const handle = await target.elementHandle();
  for (let i = 0; i < 300; i += 1) {
    const inGroup = await page.evaluate(
      (n) => (document.activeElement as HTMLInputElement | null)?.name === n,
      name,
    );
    if (inGroup) break;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 20; i += 1) {
    if (await handle!.evaluate((el) => el === document.activeElement && (el as HTMLInputElement).checked)) {
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Could not select the radio ${await target.getAttribute('id')}`);
}

async function press(target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await reach(target);
  await page.keyboard.press(key);
}

async function typeInto(target: Locator, text: string) {
  await reach(target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Chooses an option of a <select> with the arrow keys. */
async function choose(target: Locator, option: string) {
  await reach(target);
  for (let i = 0; i < 30; i += 1) {
    const shown = await target.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
    if (shown === option) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option “${option}”`);
}

/** axe clean, no sideways scrolling at 320 px, and (with DESIGNER_SHOTS) a screenshot at both widths. */
async function checkState(name: string) {
  expect(await axeViolations(page), name).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter(
        (el) =>
          el.getBoundingClientRect().right >
            document.querySelector('main')!.getBoundingClientRect().right + 0.5 ||
          (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'),
      )
      .slice(-6)
      .map((el) => `${el.tagName}#${el.id}.${String(el.className)} ${el.scrollWidth}/${el.clientWidth}`),
  );
  expect(sideways, `${name} scrolls sideways at 320 px (${wide.join(', ')})`).toBeLessThanOrEqual(0);
  if (shots) await page.screenshot({ path: join(shots, `kb-${name}-320.png`) });
  await page.setViewportSize({ width: 1280, height: 900 });
  if (shots) await page.screenshot({ path: join(shots, `kb-${name}-1280.png`) });
}

const questionOrder = () => page.locator('li.app-designer-question h3').allInnerTexts();
const link = (name: string | RegExp) => page.getByRole('link', { name }).first();
const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });

beforeAll(async () => {
  ({ page } = await suite.person());
  await page.setViewportSize({ width: 1280, height: 900 });
});

describe('the template designer with the keyboard alone', () => {
  let assessmentUrl = '';
  let templateFile = '';

  it('copies HCPC 2018-10 and adds “Carers” with an impact rating', async () => {
    await page.goto(suite.at('/templates'));
    await waitForHeading(page, 'Templates');
    await checkState('templates');
    await press(link(/Make a copy to adapt/));
    await waitForHeading(
      page,
      'Make a copy of Equality, Diversity and Inclusion Impact Assessment (EIA) (version 2018-10)',
    );
    await typeInto(page.locator('#copy-name'), 'Council EIA');
    await checkState('copy');
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Edit Council EIA');
    await checkState('draft');

    await press(link('Analysis by equality group'));
    await waitForHeading(page, 'Section 3: Analysis by equality group');
    await pickRadio(page.getByRole('radio', { name: 'Impact rating' }));
    await typeInto(page.locator('#new-question-label'), 'Carers');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('q-carers-label');
    await typeInto(page.locator('#q-carers-descriptor'), 'People who look after someone without being paid');
    await typeInto(page.locator('#q-carers-why-label'), 'Why this rating for carers?');
    expect((await questionOrder()).at(-1)).toBe('12. Carers');
    await checkState('carers-added');
  });

  it('reorders two groups, and undoes and redoes it', async () => {
    await press(button('Move Age down'));
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Disability', '2. Age']);
    expect((await focused(page)).text).toBe('Move Age down');
    await checkState('groups-reordered');
    await press(button('Undo'));
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Age', '2. Disability']);
    await press(button('Redo'));
    expect((await questionOrder()).slice(0, 2)).toEqual(['1. Disability', '2. Age']);
    await checkState('redone');
  });

  it('replaces the Welsh Language Scheme question with one on the Welsh Language Standards', async () => {
    await press(link(/Next section.*Welsh Language Scheme/));
    await waitForHeading(page, 'Section 4: Welsh Language Scheme');
    await press(
      button(
        'Remove question How might this project / policy engage our commitments under the Welsh Language Scheme?',
      ),
    );
    await pickRadio(page.getByRole('radio', { name: 'Long text' }));
    await typeInto(page.locator('#new-question-label'), WELSH_STANDARDS);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toMatch(/^q-welshLanguageStandards/);
    const id = (await focused(page)).id.replace(/^q-|-label$/g, '');
    await choose(page.locator(`#q-${id}-role`), 'The effect on the Welsh language');
    await press(page.locator('#section-title'));
    await typeInto(page.locator('#section-title'), 'Welsh Language Standards');
    await waitForHeading(page, 'Section 4: Welsh Language Standards');
    expect(await questionOrder()).toEqual([`1. ${WELSH_STANDARDS}`]);
    await checkState('welsh-replaced');
  });

  it('turns the action plan into a table with owner and due-date columns', async () => {
    await press(link(/Next section.*Summary of Analysis/));
    await waitForHeading(page, 'Section 5: Summary of Analysis');
    await press(link(/Next section.*Action plan/));
    await waitForHeading(page, 'Section 6: Action plan');
    await press(button('Remove question Summary of action plan'));
    await pickRadio(page.getByRole('radio', { name: 'Table of rows' }));
    await typeInto(page.locator('#new-question-label'), 'Action plan');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('q-actionPlan-label');
    await choose(page.locator('#q-actionPlan-role'), 'The action plan');
    await typeInto(page.getByLabel('Heading of column 1'), 'Action');
    await typeInto(page.getByLabel('Heading of a new column'), 'Owner');
    await press(button('Add column'));
    await expect.poll(async () => (await focused(page)).id).toBe('q-actionPlan-col-owner-label');
    await typeInto(page.getByLabel('Heading of a new column'), 'Due date');
    await choose(page.getByLabel('Type of the new column'), 'Date');
    await press(button('Add column'));
    await expect.poll(async () => (await focused(page)).id).toBe('q-actionPlan-col-dueDate-label');
    await typeInto(page.locator('#q-actionPlan-row-name'), 'action');
    await checkState('action-table');
    // The columns in order, and undo and redo of the last one.
    await press(button('Undo'));
    expect(await page.locator('#q-actionPlan-row-name').inputValue()).toBe('row');
    await press(button('Redo'));
    expect(await page.locator('#q-actionPlan-row-name').inputValue()).toBe('action');
  });

  it('publishes it after showing what changed', async () => {
    await press(link('Back to Council EIA'));
    await waitForHeading(page, 'Edit Council EIA');
    await press(link('Check and publish'));
    await waitForHeading(page, 'Check and publish version 1');
    const changes = normaliseSpace(await page.locator('#change-list').innerText());
    expect(changes).toContain('Added “Carers”');
    expect(changes).toContain(`Added “${WELSH_STANDARDS}”`);
    expect(changes).toContain('Added “Action plan”');
    await checkState('publish');
    await typeInto(
      page.getByLabel('A short note of what changed in this version'),
      'Carers, Welsh Standards, actions',
    );
    await typeInto(page.getByLabel('Your name'), 'Edi Manager');
    await press(button('Publish version 1'));
    await waitForHeading(page, 'Version 1 is published');
    await checkState('published');
  });

  it('starts an assessment on it, fills every new question, and finds each in the PDF', async () => {
    await press(link('Go to your assessments to start one on it'));
    await press(button('Start a new assessment'));
    await waitForHeading(page, 'Which template do you want to use?');
    await pickRadio(page.getByLabel('Council EIA'));
    await press(button('Start the assessment'));
    await waitForHeading(page, 'Untitled assessment');
    assessmentUrl = page.url();

    await press(link(/Analysis by equality group/));
    await press(page.locator('#carers-negative'), 'Space');
    await typeInto(page.locator('#carers-why'), ANSWERS.carersWhy);
    await typeInto(page.locator('#carers-mitigation'), ANSWERS.carersMitigation);
    expect(await axeViolations(page)).toEqual([]);
    await press(link('Back to task list'));
    await waitForHeading(page, 'Untitled assessment');
    await press(link(/Welsh Language Standards/));
    await waitForHeading(page, 'Section 4: Welsh Language Standards');
    await typeInto(page.getByRole('textbox', { name: WELSH_STANDARDS }), ANSWERS.welsh);
    await press(link('Back to task list'));
    await waitForHeading(page, 'Untitled assessment');
    await press(link(/Action plan/));
    await waitForHeading(page, 'Section 6: Action plan');
    await press(page.locator('#actionPlan-add'));
    await expect.poll(async () => (await focused(page)).id).toBe('actionPlan-row-1-item');
    await page.keyboard.type(ANSWERS.action);
    await typeInto(page.locator('#actionPlan-row-1-owner'), ANSWERS.owner);
    await typeInto(page.locator('#actionPlan-row-1-dueDate-day'), '31');
    await typeInto(page.locator('#actionPlan-row-1-dueDate-month'), '3');
    await typeInto(page.locator('#actionPlan-row-1-dueDate-year'), '2026');
    expect(await axeViolations(page)).toEqual([]);
    await page.waitForTimeout(800);
    await press(link('Back to task list'));
    await waitForHeading(page, 'Untitled assessment');

    const download = page.waitForEvent('download');
    await press(button('Download PDF'));
    const file = await download;
    const path = join(suite.dir(), file.suggestedFilename());
    await file.saveAs(path);
    const text = normaliseSpace((await extractPdf(new Uint8Array(await readFile(path)))).pages.join(' '));
    for (const words of [
      'Carers',
      'People who look after someone without being paid',
      'Negative',
      ANSWERS.carersWhy,
      ANSWERS.carersMitigation,
      WELSH_STANDARDS,
      ANSWERS.welsh,
      'Action plan',
      'Owner',
      'Due date',
      ANSWERS.action,
      ANSWERS.owner,
      '31 March 2026',
    ]) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toContain('Welsh Language Scheme?');
  });

  it('starts version 2 and changes a question’s kind, warned of its answers; undo and redo; publish shows it', async () => {
    await page.goto(suite.at('/templates'));
    await waitForHeading(page, 'Templates');
    await press(button('Start a new version of Council EIA'));
    await waitForHeading(page, 'Edit Council EIA');
    await press(link(/Welsh Language Standards/));
    await waitForHeading(page, 'Section 4: Welsh Language Standards');
    const id = (await page.locator('li.app-designer-question h3').first().getAttribute('id'))!.replace(
      /-heading$/,
      '',
    );
    await press(page.locator(`#${id}-edit`));
    await press(page.locator(`#${id}-kind-summary`));
    await pickRadio(page.locator(`#${id}-kind-table`));
    // Nothing changes until the button; the warning says what happens to the answers already given.
    expect(normaliseSpace(await page.locator(`#${id}-kind-warning`).innerText())).toContain(
      'is converted to “Table of rows” only when it fits as it is; any other is kept with the assessment under “Answers to questions no longer asked”',
    );
    await checkState('change-kind');
    await press(page.locator(`#${id}-kind-button`));
    await expect
      .poll(() => page.locator(`#${id}-kind-done`).innerText())
      .toBe(`${WELSH_STANDARDS} is now Table of rows. Undo changes it back.`);
    expect(await page.locator(`#${id}-col-item-label`).inputValue()).toBe('Item');
    expect((await focused(page)).id).toBe(`${id}-kind-button`);
    await checkState('kind-changed');
    await press(button('Undo'));
    await expect.poll(() => page.locator(`#${id}-kind-textarea`).isChecked()).toBe(true);
    expect(await page.locator(`#${id}-col-item-label`).count()).toBe(0);
    await press(button('Redo'));
    await expect.poll(() => page.locator(`#${id}-col-item-label`).count()).toBe(1);

    await press(link('Back to Council EIA'));
    await waitForHeading(page, 'Edit Council EIA');
    await press(link('Check and publish'));
    await waitForHeading(page, 'Check and publish version 2');
    const changes = normaliseSpace(await page.locator('#change-list').innerText());
    expect(changes).toContain(
      `“${WELSH_STANDARDS}” changed from Long text to Table of rows. An answer already given is converted only when it fits as it is`,
    );
    // The assessment started on version 1 answered it: its answer would go into the table's first column.
    await expect
      .poll(async () => normaliseSpace(await page.locator('#move-preview').innerText()), { timeout: 10_000 })
      .toContain(
        `“${WELSH_STANDARDS}”, now “Table of rows” (was “Long text”): 1 answer would be converted, 0 kept under “Answers to questions no longer asked”`,
      );
    await checkState('publish-kind-change');
  });

  it('exports the template, and a fresh browser imports it as the same version', async () => {
    await page.goto(suite.at('/templates'));
    await waitForHeading(page, 'Templates');
    const download = page.waitForEvent('download');
    await press(button('Export Council EIA version 1 (.eia-template.json)'));
    const file = await download;
    templateFile = join(suite.dir(), file.suggestedFilename());
    await file.saveAs(templateFile);
    const exported = JSON.parse(await readFile(templateFile, 'utf8')) as {
      template?: { version: string };
    };

    const other = await (await suite.context()).newPage();
    await other.goto(suite.at('/templates'));
    await waitForHeading(other, 'Templates');
    // Choosing a file is the operating system's dialog; the page's own controls are the keyboard's.
    await other.locator('input[type="file"]').setInputFiles(templateFile);
    await expect.poll(() => other.getByText('Council EIA version 1 was imported.').count()).toBe(1);
    const region = other.getByRole('region', { name: 'Council EIA' });
    expect(normaliseSpace(await region.innerText())).toMatch(/Council EIA .*Version Status .* 1 Published/);
    expect(await axeViolations(other)).toEqual([]);
    expect(JSON.stringify(exported)).toContain(WELSH_STANDARDS);
  });

  it('retires it: no new assessment starts on it, and the one written on it keeps every answer', async () => {
    await press(button('Retire Council EIA version 1'));
    const region = page.getByRole('region', { name: 'Council EIA' });
    await expect.poll(async () => normaliseSpace(await region.innerText())).toMatch(/1 Retired/);
    await checkState('retired');

    await page.goto(suite.at('/'));
    await press(button('Start a new assessment'));
    // Only HCPC 2018-10 is left to start on: no question of the retired template is asked.
    await waitForHeading(page, 'Untitled assessment');
    expect(await page.getByText(/Welsh Language Scheme/).count()).toBeGreaterThan(0);
    expect(await page.getByText('Welsh Language Standards').count()).toBe(0);

    await page.goto(assessmentUrl);
    await waitForHeading(page, 'Untitled assessment');
    await press(link(/Analysis by equality group/));
    expect(await page.locator('#carers-why').inputValue()).toBe(ANSWERS.carersWhy);
    expect(await page.locator('#carers-negative').isChecked()).toBe(true);
  });
});
