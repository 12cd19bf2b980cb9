import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Question, Section } from '../../schemas/template-definition.ts';
import { axeViolations, type GuardedContext } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import {
  answerFor,
  focused,
  normaliseSpace,
  sectionHeading,
  sectionLinkName,
  shownAnswer,
  startNewAssessment,
  summaryRows,
  template,
  waitForHeading,
} from './support/eia.ts';

/**
 * Issue 2, parts 6 and 7, in Chromium on the production build: a new EIA from the home page, every section
 * of the HCPC form filled in through the UI and marked as completed (once after fixing the errors the error
 * summary points to), Check your answers showing every answer, and a Change link back to its field. Every page
 * visited passes axe-core's WCAG 2.2 A and AA rules, and nothing is asked of any other origin.
 *
 * The steps share one page and run in order, as one user's visit.
 */
const suite = browserSuite('foundation');
const { baseURL } = suite;
const PROJECT_TITLE = answerFor(template.sections[0]!.questions[0]!);
const DATE = { day: '11', month: '9', year: '2019' };

let guard: GuardedContext;
let page: Page;
let assessmentId = '';
const pagesChecked: string[] = [];

/** Runs axe on the page as it is now; every page visited must pass. */
async function expectNoAxeViolations(name: string) {
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  pagesChecked.push(name);
}

async function openSection(section: Section) {
  await page.getByRole('link', { name: sectionLinkName(section), exact: true }).click();
  await waitForHeading(page, sectionHeading(section));
}

async function markCompleted() {
  await page.getByRole('button', { name: 'Mark this section as completed' }).click();
}

async function expectBackOnTaskList(section: Section, completedCount: number) {
  await waitForHeading(page, PROJECT_TITLE);
  expect(await page.locator(`#sections-${section.id}-status`).innerText()).toBe('Completed');
  expect(await page.getByText(/ of 6 sections completed$/).innerText()).toBe(
    `${completedCount} of 6 sections completed`,
  );
}

function field(question: Question) {
  return page.getByLabel(question.label, { exact: true });
}

async function errorSummaryMessages(): Promise<string[]> {
  await page.locator('.govuk-error-summary').waitFor();
  return page.locator('.govuk-error-summary__list li').allInnerTexts();
}

const dateGroup = () => page.getByRole('group', { name: 'Date EIA agreed' });

beforeAll(async () => {
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(10_000);
});

describe('an EIA from start to Check your answers, in Chromium', () => {
  // One user's visit: once a step fails, the steps after it are skipped rather than failing in its wake.
  let failed = false;
  beforeEach((ctx) => {
    if (failed) ctx.skip();
  });
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') failed = true;
  });

  it('starts a new assessment from the home page', async () => {
    await page.goto(`${baseURL}/`);
    await waitForHeading(page, 'Your assessments');
    await expectNoAxeViolations('the home page');

    assessmentId = await startNewAssessment(page);
    expect(await page.title()).toBe('Untitled assessment – EIA Builder');
    expect(await page.getByText(/ of 6 sections completed$/).innerText()).toBe('0 of 6 sections completed');
    for (const section of template.sections) {
      expect(await page.locator(`#sections-${section.id}-status`).innerText()).toBe('Not started');
    }
    await expectNoAxeViolations('the task list');
  });

  it('shows About this form from the task list', async () => {
    await page.getByRole('main').getByRole('link', { name: 'About this form' }).click();
    await waitForHeading(page, 'About this form');
    expect(await page.getByRole('heading', { name: 'The Public Sector Equality Duty' }).count()).toBe(1);
    await expectNoAxeViolations('About this form');
    await page.goBack();
    await waitForHeading(page, 'Untitled assessment');
  });

  it('refuses to complete section 1 with gaps, leads to each field, then completes it', async () => {
    const overview = template.sections[0]!;
    const [title, assessor, , outcomes, whoAffected] = overview.questions as [
      Question,
      Question,
      Question,
      Question,
      Question,
    ];
    await openSection(overview);
    await expectNoAxeViolations('section 1, empty');

    await field(title).fill(answerFor(title));
    await field(assessor).fill(answerFor(assessor));
    await field(outcomes).fill(answerFor(outcomes));
    await dateGroup().getByLabel('Day').fill(DATE.day);
    await dateGroup().getByLabel('Year').fill(DATE.year);
    await markCompleted();

    // The error summary takes focus and lists each problem; the page title says there is an error.
    expect(await errorSummaryMessages()).toEqual([
      'Date EIA agreed must include a month',
      'Enter who will be affected',
    ]);
    expect((await focused(page)).className).toContain('govuk-error-summary');
    expect(await page.title()).toBe(`Error: ${sectionHeading(overview)} – EIA Builder`);
    expect(normaliseSpace(await page.locator('#dateAgreed-error').innerText())).toBe(
      'Error: Date EIA agreed must include a month',
    );
    expect(await dateGroup().getByLabel('Month').getAttribute('class')).toContain('govuk-input--error');
    expect(await dateGroup().getByLabel('Day').getAttribute('class')).not.toContain('govuk-input--error');
    await expectNoAxeViolations('section 1 with errors');

    // Each link in the summary focuses its field.
    await page.getByRole('link', { name: 'Date EIA agreed must include a month' }).click();
    expect((await focused(page)).id).toBe('dateAgreed-month');
    await page.keyboard.type('13');
    await markCompleted();
    await expect
      .poll(errorSummaryMessages)
      .toEqual(['Date EIA agreed must be a real date', 'Enter who will be affected']);

    await dateGroup().getByLabel('Month').fill(DATE.month);
    await dateGroup().getByLabel('Year').fill('19');
    await markCompleted();
    await expect
      .poll(errorSummaryMessages)
      .toEqual(['Year must include 4 numbers', 'Enter who will be affected']);
    await dateGroup().getByLabel('Year').fill(DATE.year);

    await page.getByRole('link', { name: 'Enter who will be affected' }).click();
    expect((await focused(page)).id).toBe('whoAffected');
    await page.keyboard.type(answerFor(whoAffected));
    await markCompleted();

    await expectBackOnTaskList(overview, 1);
    expect(await page.title()).toBe(`${PROJECT_TITLE} – EIA Builder`);
  });

  it('fills in and completes every other section through its labels', async () => {
    let completed = 1;
    for (const section of template.sections.slice(1)) {
      await openSection(section);
      for (const question of section.questions) await field(question).fill(answerFor(question));
      await expectNoAxeViolations(`section ${section.number}`);
      await markCompleted();
      completed += 1;
      await expectBackOnTaskList(section, completed);
    }
    expect(completed).toBe(6);
  });

  it('shows every answer on Check your answers', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Check your answers' }).click();
    await waitForHeading(page, 'Check your answers');
    expect((await focused(page)).text).toBe('Check your answers');

    const rows = await summaryRows(page);
    const questions = template.sections.flatMap((s) => s.questions);
    expect(questions).toHaveLength(24);
    expect(Object.keys(rows)).toHaveLength(questions.length);
    for (const question of questions) {
      expect(rows[question.label], question.label).toBe(
        question.kind === 'date' ? '11 September 2019' : shownAnswer(question),
      );
    }
    await expectNoAxeViolations('Check your answers');
  });

  it('goes back to the field from a Change link, and shows the changed answer', async () => {
    const age = template.sections[2]!.questions[0]!;
    await page.getByRole('link', { name: 'Change Age', exact: true }).click();
    await waitForHeading(page, sectionHeading(template.sections[2]!));
    expect(page.url()).toBe(`${baseURL}/#/assessments/${assessmentId}/sections/analysis/age`);
    const target = await focused(page);
    expect(target.id).toBe('age');
    expect(target.value).toBe(answerFor(age));

    await page.keyboard.press('End');
    await page.keyboard.type(' Changed.');
    await page.getByRole('link', { name: 'Back to task list' }).click();
    await waitForHeading(page, PROJECT_TITLE);
    await page.getByRole('main').getByRole('link', { name: 'Check your answers' }).click();
    await waitForHeading(page, 'Check your answers');
    expect((await summaryRows(page))[age.label]).toBe(`${shownAnswer(age)} Changed.`);
  });

  it('keeps every answer after a reload', async () => {
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved at / })
      .waitFor();
    await page.reload();
    await waitForHeading(page, 'Check your answers');
    const rows = await summaryRows(page);
    expect(rows['Project / policy title']).toBe(shownAnswer(template.sections[0]!.questions[0]!));
    expect(rows['Age']).toBe(`${shownAnswer(template.sections[2]!.questions[0]!)} Changed.`);
    expect(rows['How will the project / policy promote good relations between groups?']).toBe(
      shownAnswer(template.sections[5]!.questions[3]!),
    );
  });

  it('lists the assessment on the home page, with its assessor and every section completed', async () => {
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Your assessments' })
      .click();
    await waitForHeading(page, 'Your assessments');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: PROJECT_TITLE, exact: true }) });
    expect(normaliseSpace(await row.innerText())).toContain(`${PROJECT_TITLE} Rhian Jones Draft 6 of 6`);
    await expectNoAxeViolations('the home page with the assessment listed');

    await row.getByRole('link', { name: PROJECT_TITLE, exact: true }).click();
    await waitForHeading(page, PROJECT_TITLE);
    expect(page.url()).toBe(`${baseURL}/#/assessments/${assessmentId}`);
  });

  it('asked nothing of any other origin and raised no error on any page', () => {
    expect(pagesChecked).toEqual([
      'the home page',
      'the task list',
      'About this form',
      'section 1, empty',
      'section 1 with errors',
      'section 2',
      'section 3',
      'section 4',
      'section 5',
      'section 6',
      'Check your answers',
      'the home page with the assessment listed',
    ]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
});

describe('an EIA on a 320 CSS pixel wide screen (WCAG 2.2 1.4.10 Reflow)', () => {
  const LONG_WORD = 'https://www.example.org/policies/equality/social-media-guidance-consultation-2019.pdf';

  it('never scrolls sideways, even with a title or answer longer than the screen is wide', async () => {
    const narrow = await suite.context();
    const small = await narrow.newPage();
    small.setDefaultTimeout(10_000);
    await small.setViewportSize({ width: 320, height: 640 });
    const sideways = () => small.evaluate(() => document.documentElement.scrollWidth - innerWidth);

    await small.goto(`${baseURL}/`);
    const id = await startNewAssessment(small);
    const overview = template.sections[0]!;
    await small.getByRole('link', { name: sectionLinkName(overview), exact: true }).click();
    await small.getByLabel('Project / policy title', { exact: true }).fill(LONG_WORD);
    await small.getByLabel('What are the intended outcomes of this work?', { exact: true }).fill(LONG_WORD);
    await small.getByRole('button', { name: 'Mark this section as completed' }).click();
    await small.locator('.govuk-error-summary').waitFor();
    expect(await sideways(), 'section 1 with errors').toBe(0);

    await small.getByRole('link', { name: 'Back to task list' }).click();
    await waitForHeading(small, LONG_WORD);
    expect(await sideways(), 'the task list').toBe(0);

    await small.goto(`${baseURL}/#/assessments/${id}/check`);
    await waitForHeading(small, 'Check your answers');
    expect(await sideways(), 'Check your answers').toBe(0);
    expect(narrow.foreignRequests).toEqual([]);
    await narrow.context.close();
  });
});

describe('the example EIA, in Chromium', () => {
  it('opens from the home page with every answer of the seed, and passes axe', async () => {
    const visit = await suite.context();
    const tab = await visit.newPage();
    tab.setDefaultTimeout(10_000);
    await tab.goto(`${baseURL}/`);
    await tab.getByRole('button', { name: 'Open the example' }).click();
    await waitForHeading(tab, 'Social media guidance updates 2019');
    await tab.getByRole('main').getByRole('link', { name: 'Check your answers' }).click();
    await waitForHeading(tab, 'Check your answers');

    const rows = await summaryRows(tab);
    expect(rows['Name of impact assessor']).toBe('Katherine Timms');
    const notAnswered = Object.entries(rows).filter(([, value]) => value === 'Not answered');
    expect(notAnswered.map(([key]) => key)).toEqual(['Date EIA agreed']);
    expect(await axeViolations(tab)).toEqual([]);
    expect(visit.foreignRequests).toEqual([]);
    expect(visit.pageErrors).toEqual([]);
    await visit.context.close();
  });
});
