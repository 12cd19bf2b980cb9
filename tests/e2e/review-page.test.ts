import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type GuardedContext } from './support/browser.ts';
import { assessmentIdFrom, template, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 8, defect 10: the review page on the example EIA (29 findings on 16 questions) shows one block per
 * question, with the answer beside its findings, says an explanation shared by several questions once (the
 * "tick-box exercise" one was printed 10 times), and lets the reviewer comment on the question from there.
 */
const suite = browserSuite('review-page');
const { baseURL } = suite;
const at = (path: string) => `${baseURL}/#${path}`;
const NO_IMPACT = 'No impacts are expected to arise from this work for this group.';
const QUESTIONS_WITH_FINDINGS = [
  'evidenceConsidered',
  'stakeholdersEngaged',
  'age',
  'disability',
  'genderReassignment',
  'marriageCivilPartnership',
  'pregnancyMaternity',
  'race',
  'religionBelief',
  'sex',
  'sexualOrientation',
  'otherGroups',
  'fourCountries',
  'psedEliminate',
  'psedAdvance',
  'psedGoodRelations',
].map((id) => template.sections.flatMap((s) => s.questions).find((q) => q.id === id)!.label);

let guard: GuardedContext;
let page: Page;
let id = '';

beforeAll(async () => {
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(10_000);
  await page.goto(at('/'));
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  id = assessmentIdFrom(page.url());
  await page.goto(at(`/assessments/${encodeURIComponent(id)}/review`));
  await waitForHeading(page, 'Review this assessment');
});

function findings() {
  return page.getByRole('region', { name: 'What is missing or to look at' });
}

describe('the review page, on the example EIA', () => {
  it('shows one block per question with findings, the answer beside them', async () => {
    // The question blocks (role="group" set on them; the comment form's fieldsets are groups too).
    const blocks = findings().locator('[role="group"]');
    expect(await blocks.count()).toBe(16);
    for (const label of QUESTIONS_WITH_FINDINGS) {
      expect(await findings().getByRole('group', { name: label, exact: true }).count(), label).toBe(1);
    }
    const age = findings().getByRole('group', { name: 'Age', exact: true });
    await expect.poll(() => age.getByText(NO_IMPACT).isVisible()).toBe(true);
    expect(await age.getByText('Says there is no impact but not why', { exact: true }).count()).toBe(1);
    expect(await age.getByText(/Same or nearly the same answer as 9 other groups/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says an explanation shared by several questions once, naming them', async () => {
    expect(await page.getByText(/tick-box exercise/).count()).toBe(1);
    expect(await page.getByText(/The form asks for “no impact” to be documented/).count()).toBe(1);
    const block = findings()
      .locator('.app-shared-explanation')
      .filter({ hasText: /tick-box exercise/ });
    const text = (await block.innerText()).replace(/\s+/g, ' ');
    for (const group of ['Age', 'Disability', 'Sexual orientation', 'Four countries diversity'])
      expect(text).toContain(group);
  });

  it('lets the reviewer comment on a question from its block', async () => {
    const age = findings().getByRole('group', { name: 'Age', exact: true });
    await age.getByText('Add a comment').click();
    await age.getByLabel('Your name').fill('Rita Reviewer');
    await age.getByLabel('The reviewer').check();
    await age.getByLabel('Comment on Age').fill('Which age groups use social media least?');
    await age.getByRole('button', { name: 'Add comment' }).click();
    await age.getByText('Which age groups use social media least?').waitFor();
    // A comment is stored at once (not on the typing debounce): a reload shows it.
    await page.reload();
    await waitForHeading(page, 'Review this assessment');
    await findings()
      .getByRole('group', { name: 'Age', exact: true })
      .getByText('Which age groups use social media least?')
      .waitFor();
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
});
