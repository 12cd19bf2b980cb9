import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.ts';
import { browserSuite, waitUntilSaved } from './support/suite.ts';

/**
 * The review round trip by file, in Chromium: the assessor and the reviewer each have their own browser
 * context (their own IndexedDB) and pass the .eia.json back and forth. Every import of a returning copy
 * brings in the other person's changes (the preselected choice: their answer where only they changed it);
 * nothing either of them did is lost.
 */
const suite = browserSuite('review');
const { at, person } = suite;

async function exportAssessment(page: Page, id: string, name: string): Promise<string> {
  await page.goto(at(`/assessments/${encodeURIComponent(id)}`));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this assessment (.eia.json)' }).click();
  const file = await download;
  const path = join(suite.dir(), name);
  await file.saveAs(path);
  return path;
}

/** Imports a file of an assessment already here, bringing in the other person's changes. */
async function importBack(page: Page, path: string) {
  await page.goto(at('/'));
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const merge = page.getByLabel('Bring in the other person’s changes');
  expect(await merge.isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Continue importing' }).click();
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'was added to the assessment already in this browser' });
  await banner.waitFor();
  return (await banner.innerText()).replace(/\s+/g, ' ');
}

async function sendForReview(page: Page, id: string) {
  await page.goto(at(`/assessments/${encodeURIComponent(id)}`));
  await page.getByRole('button', { name: 'Send for review' }).click();
  await page.getByText('Now export this assessment and send the file to the reviewer').waitFor();
  await waitUntilSaved(page);
}

describe('the review round trip by file', () => {
  it('goes assessor → reviewer → assessor → reviewer and ends agreed and locked', async () => {
    const assessor = await person();
    const reviewer = await person();
    const a = assessor.page;
    const r = reviewer.page;

    // The assessor: the example, with "Age" left unanswered, sent for review and exported.
    await a.goto(at('/'));
    await a.getByRole('button', { name: 'Open the example' }).click();
    await a.waitForURL(/#\/assessments\/[^/]+$/);
    const id = decodeURIComponent(a.url().split('/').pop()!);
    await a.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis`));
    await a.getByLabel('Age', { exact: true }).fill('');
    await waitUntilSaved(a);
    await sendForReview(a, id);
    const first = await exportAssessment(a, id, 'sent.eia.json');

    // The reviewer imports it (new to this browser), cannot agree it yet, comments on Age, returns it.
    await r.goto(at('/'));
    await r.locator('input[type="file"]').setInputFiles(first);
    await r.getByRole('button', { name: 'Import', exact: true }).click();
    await r.getByText('Imported 1 assessment').waitFor();
    // Their task list points them to the review, not to "export it and send it to the reviewer".
    await r.goto(at(`/assessments/${encodeURIComponent(id)}`));
    await r.getByText('This assessment is waiting for your review').waitFor();
    expect(await r.getByText(/Nothing has been sent yet/).count()).toBe(0);
    await r.getByRole('link', { name: 'Review this assessment' }).first().click();
    await r.getByRole('heading', { level: 1, name: 'Review this assessment' }).waitFor();
    // Focus is on the page's heading on arrival, as on the task list.
    await expect.poll(() => r.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const panel = r.locator('.app-review-panel');
    await panel.getByLabel('Your name').fill('Rita Reviewer');
    await panel.getByRole('button', { name: 'Agree this assessment' }).click();
    await r
      .getByText(/You cannot agree this assessment yet/)
      .first()
      .waitFor();
    expect(await axeViolations(r)).toEqual([]);

    await r.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis/age`));
    const addComment = r.locator('details', { has: r.getByText('Add a comment on Age') });
    await addComment.locator('summary').click();
    await addComment.getByLabel('Your name').fill('Rita Reviewer');
    await addComment.getByLabel('The reviewer').check();
    await addComment.getByLabel('Comment on Age').fill('Say which age groups use social media least.');
    await addComment.getByRole('button', { name: 'Add comment' }).click();
    await r.getByText('Say which age groups use social media least.').first().waitFor();
    await waitUntilSaved(r);

    await r.goto(at(`/assessments/${encodeURIComponent(id)}/review`));
    // A comment on the whole of section 2 (not on one question).
    const onSection = r.locator('details', {
      has: r.getByText('Add a comment on Section 2: Evidence and Engagement'),
    });
    await onSection.locator('summary').click();
    await onSection
      .getByLabel('Comment on Section 2: Evidence and Engagement')
      .fill('Name the surveys you used.');
    await onSection.getByRole('button', { name: 'Add comment' }).click();
    await r.getByText('Name the surveys you used.').first().waitFor();
    await panel.getByLabel('Your name').fill('Rita Reviewer');
    await panel.getByLabel('Reasons for returning it').fill('Age is not answered yet.');
    await panel.getByRole('button', { name: 'Return to assessor' }).click();
    await r.locator('.govuk-tag', { hasText: 'Returned' }).first().waitFor();
    // Nothing has gone to the assessor yet: the page says so and offers the export right there.
    const sendBack = r.getByRole('alert').filter({ hasText: 'Returned to the assessor' });
    await sendBack
      .getByText('Nothing has been sent yet. Now export this assessment and send the file to the assessor.')
      .waitFor();
    expect(await axeViolations(r)).toEqual([]);
    const download = r.waitForEvent('download');
    await sendBack
      .getByRole('button', { name: 'Export this assessment for the assessor (.eia.json)' })
      .click();
    const returned = join(suite.dir(), 'returned.eia.json');
    await (await download).saveAs(returned);
    await sendBack.getByText(/^Exported .+\.eia\.json$/).waitFor();
    await sendBack.getByText(/Now send this file to the assessor/).waitFor();

    // The assessor imports it back: the comment beside Age, Returned with the reasons.
    const firstMerge = await importBack(a, returned);
    expect(firstMerge).toContain('Status is now Returned (by Rita Reviewer).');
    // The comment on Age and the one on the whole of section 2.
    expect(firstMerge).toContain('2 new comments.');
    await a.goto(at(`/assessments/${encodeURIComponent(id)}`));
    await a.getByRole('heading', { name: 'Returned by Rita Reviewer' }).waitFor();
    await a.getByText('Age is not answered yet.').waitFor();

    // The comment on the whole of section 2 is on that section's page, under its heading, with Reply.
    await a.goto(at(`/assessments/${encodeURIComponent(id)}/sections/evidence`));
    const sectionComments = a.getByRole('region', { name: 'Comments on this section' });
    await sectionComments.getByText('Name the surveys you used.').waitFor();
    await sectionComments.getByRole('button', { name: 'Reply to Rita Reviewer' }).click();
    await sectionComments.getByLabel('Your name').first().fill('Ann Assessor');
    await sectionComments.getByLabel('The assessor').first().check();
    await sectionComments.getByLabel('Reply to Rita Reviewer').fill('The 2018 staff survey.');
    await sectionComments.getByRole('button', { name: 'Reply', exact: true }).click();
    await sectionComments.getByText('The 2018 staff survey.').waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await waitUntilSaved(a);

    await a.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis/age`));
    await a.getByText('Say which age groups use social media least.').waitFor();
    await a.getByLabel('Age', { exact: true }).fill('Older people (over 65) use social media least.');
    await waitUntilSaved(a);
    const thread = a.locator('li.app-comment', { hasText: 'Say which age groups use social media least.' });
    await thread.getByRole('button', { name: 'Reply to Rita Reviewer' }).click();
    await thread.getByLabel('Reply to Rita Reviewer').fill('Added: over-65s use it least.');
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await a.getByText('Added: over-65s use it least.').waitFor();
    await a.getByRole('button', { name: 'Mark as resolved the comment from Rita Reviewer' }).click();
    await a.getByText(/^Resolved by Ann Assessor/).waitFor();
    await waitUntilSaved(a);
    await sendForReview(a, id);
    const resent = await exportAssessment(a, id, 'resent.eia.json');

    // The reviewer imports it back and agrees it: locked, Agreed, Date EIA agreed filled.
    const secondMerge = await importBack(r, resent);
    expect(secondMerge).toContain('1 answer taken from the file (changed by Ann Assessor).');
    expect(secondMerge).toContain('Status is now Ready for review (by');
    // The replies on Age and on section 2.
    expect(secondMerge).toContain('2 new replies.');
    expect(secondMerge).toContain('1 comment resolved.');
    await r.goto(at(`/assessments/${encodeURIComponent(id)}/review`));
    const reviewCount = (await panel.innerText()).match(/(\d+) answers? needs? looking at/)?.[1];
    expect(reviewCount).toBeDefined();
    await panel.getByLabel('Your name').fill('Rita Reviewer');
    await panel.getByRole('button', { name: 'Agree this assessment' }).click();
    await r.getByRole('heading', { name: 'Are you sure you want to agree this assessment?' }).waitFor();
    await expect.poll(() => r.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // The same number as the review page: answers (questions) to look at, not findings.
    await r.getByRole('heading', { name: `${reviewCount} answers to look at` }).waitFor();
    expect(await axeViolations(r)).toEqual([]);
    await r.getByRole('button', { name: 'Yes, agree and lock it' }).click();
    await r.getByRole('heading', { name: 'Agreed' }).first().waitFor();
    await r
      .getByText('Nothing has been sent yet. Now export this assessment and send the file to the assessor.')
      .waitFor();
    await r.getByRole('button', { name: 'Export this assessment for the assessor (.eia.json)' }).waitFor();
    expect(await axeViolations(r)).toEqual([]);

    await r.goto(at(`/assessments/${encodeURIComponent(id)}/sections/overview`));
    const title = r.getByLabel('Project / policy title', { exact: true });
    await title.waitFor();
    const locked = r.getByRole('region', { name: 'Agreed and locked' });
    await locked.getByText('This assessment has been agreed, so its answers cannot be changed').waitFor();
    await locked.getByRole('link', { name: 'Go to the task list to start a new revision' }).waitFor();
    expect(
      await r
        .getByRole('status')
        .filter({ hasText: /^Saved at/ })
        .count(),
    ).toBe(0);
    expect(await title.isEditable()).toBe(false);
    const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Europe/London' }).split('/');
    const agreedDate = r.getByRole('group', { name: 'Date EIA agreed' });
    expect(await agreedDate.getByLabel('Day').inputValue()).toBe(String(Number(today[0])));
    expect(await agreedDate.getByLabel('Month').inputValue()).toBe(String(Number(today[1])));
    expect(await agreedDate.getByLabel('Year').inputValue()).toBe(today[2]);
    expect(await agreedDate.getByLabel('Day').isEditable()).toBe(false);
    await r.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis`));
    expect(await r.getByLabel('Age', { exact: true }).inputValue()).toBe(
      'Older people (over 65) use social media least.',
    );
    expect(await r.getByLabel('Age', { exact: true }).isEditable()).toBe(false);

    await r.goto(at('/overview'));
    await r.getByRole('heading', { level: 1 }).waitFor();
    await r.getByText('Social media guidance updates 2019').first().waitFor();
    expect(await axeViolations(r)).toEqual([]);

    for (const g of [assessor.guard, reviewer.guard]) {
      expect(g.foreignRequests).toEqual([]);
      expect(g.pageErrors).toEqual([]);
    }
  });
});
