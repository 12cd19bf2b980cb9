import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.ts';
import { browserSuite, waitUntilSaved } from './support/suite.ts';
import { startNewAssessment } from './support/eia.ts';

/**
 * Issue 8, defects 1 to 4, in Chromium, each role in its own browser context (its own IndexedDB):
 * workflow actions see what is on the screen, a returned file brings its status onto the one record,
 * answers changed by the other side are shown side by side and chosen before anything is saved, and the
 * words say what happened and what to do next.
 */
const suite = browserSuite('workflow');
const { at, person } = suite;

async function openExample(page: Page): Promise<string> {
  await page.goto(at('/'));
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  return decodeURIComponent(page.url().split('/').pop()!);
}

async function exportAssessment(page: Page, id: string, name: string): Promise<string> {
  await page.goto(at(`/assessments/${encodeURIComponent(id)}`));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this assessment (.eia.json)' }).first().click();
  const path = join(suite.dir(), name);
  await (await download).saveAs(path);
  return path;
}

async function importFile(page: Page, path: string) {
  await page.goto(at('/'));
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

const statusTag = (page: Page) => page.locator('.app-workflow-actions .govuk-tag').first();

describe('workflow actions read what is on the screen (defect 1)', () => {
  it('sends a new assessment for review right after the assessor’s name is typed, with no reload', async () => {
    const { page, guard } = await person();
    await page.goto(at('/'));
    const id = await startNewAssessment(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/overview`));
    await page.getByLabel('Project / policy title', { exact: true }).fill('Flexible working policy');
    await page.getByLabel('Name of impact assessor', { exact: true }).fill('Ann Assessor');
    await waitUntilSaved(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}`));
    await page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => statusTag(page).innerText()).toBe('Ready for review');
    expect(await page.getByText(/Answer “Name of impact assessor”/).count()).toBe(0);
    expect(guard.pageErrors).toEqual([]);
  });

  it('agrees on the review page with the answers typed since the page was opened', async () => {
    const { page } = await person();
    const id = await openExample(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis`));
    await page.getByLabel('Age', { exact: true }).fill('');
    await waitUntilSaved(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}`));
    await page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => statusTag(page).innerText()).toBe('Ready for review');
    await waitUntilSaved(page);

    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis`));
    await page.getByLabel('Age', { exact: true }).fill('Older people use social media least.');
    await waitUntilSaved(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/review`));
    const panel = page.locator('.app-review-panel');
    await panel.getByLabel('Your name').fill('Rita Reviewer');
    await panel.getByRole('button', { name: 'Agree this assessment' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Are you sure you want to agree this assessment?' })
      .waitFor();
    await page.getByRole('button', { name: 'Yes, agree and lock it' }).click();
    await page.getByRole('heading', { name: 'Agreed' }).first().waitFor();
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis`));
    expect(await page.getByLabel('Age', { exact: true }).inputValue()).toBe(
      'Older people use social media least.',
    );
  });
});

describe('the words say what happened and what to do next (defect 4)', () => {
  it('does not make "Send for review" the main button of an empty new assessment', async () => {
    const { page } = await person();
    await page.goto(at('/'));
    await startNewAssessment(page);
    const send = page.getByRole('button', { name: 'Send for review' });
    expect(await send.getAttribute('class')).toContain('govuk-button--secondary');
  });

  it('after "Send for review" says to export the file and send it, with the export button right there', async () => {
    const { page } = await person();
    const id = await openExample(page);
    const send = page.getByRole('button', { name: 'Send for review' });
    expect(await send.getAttribute('class')).not.toContain('govuk-button--secondary');
    await send.click();
    const next = page.locator('.app-workflow-actions');
    await next.getByText('Now export this assessment and send the file to the reviewer').waitFor();
    expect(await page.getByText(/^Sent for review on/).count()).toBe(0);
    const download = page.waitForEvent('download');
    await next.getByRole('button', { name: 'Export this assessment for the reviewer (.eia.json)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.eia\.json$/);
    expect(await axeViolations(page)).toEqual([]);

    // "Agree" asks first, listing what is still open; cancelling changes nothing.
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis/age`));
    const addComment = page.locator('details', { has: page.getByText('Add a comment on Age') });
    await addComment.locator('summary').click();
    await addComment.getByLabel('Your name').fill('Rita Reviewer');
    await addComment.getByLabel('The reviewer').check();
    await addComment.getByLabel('Comment on Age').fill('Which age groups use it least?');
    await addComment.getByRole('button', { name: 'Add comment' }).click();
    await page.getByText('Which age groups use it least?').first().waitFor();
    await waitUntilSaved(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/review`));
    const panel = page.locator('.app-review-panel');
    await panel.getByLabel('Your name').fill('Rita Reviewer');
    await panel.getByRole('button', { name: 'Agree this assessment' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Are you sure you want to agree this assessment?' })
      .waitFor();
    const open = page.locator('main');
    await open.getByText('1 comment is still open').waitFor();
    await open.getByText('Which age groups use it least?').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'No, go back to the review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review this assessment' }).waitFor();
    expect(await page.locator('main .govuk-tag').first().innerText()).toBe('Ready for review');
  });
});

describe('a returned file, with answers changed on both sides (defects 2 and 3)', () => {
  it('ends with the assessor’s one record Returned with the reasons, after choosing answer by answer', async () => {
    const assessor = await person();
    const reviewer = await person();
    const a = assessor.page;
    const r = reviewer.page;

    // Assessor: sends, exports, then edits one answer.
    const id = await openExample(a);
    await a.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => statusTag(a).innerText()).toBe('Ready for review');
    await waitUntilSaved(a);
    const sent = await exportAssessment(a, id, 'sent.eia.json');
    await a.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis`));
    await a
      .getByLabel('Sex', { exact: true })
      .fill('Women are more often carers; the guidance says how to ask for help.');
    await waitUntilSaved(a);

    // EDI manager: imports, edits an answer, returns with reasons, exports.
    await importFile(r, sent);
    await r.getByText('Imported 1 assessment').waitFor();
    await r.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis`));
    await r
      .getByLabel('Race', { exact: true })
      .fill('No impact on race: the guidance is in plain English for all staff.');
    await waitUntilSaved(r);
    await r.goto(at(`/assessments/${encodeURIComponent(id)}/review`));
    const panel = r.locator('.app-review-panel');
    await panel.getByLabel('Your name').fill('Rita Reviewer');
    await panel.getByLabel('Reasons for returning it').fill('Say more about race and about carers.');
    await panel.getByRole('button', { name: 'Return to assessor' }).click();
    await r.locator('main .govuk-tag', { hasText: 'Returned' }).first().waitFor();
    const returned = await exportAssessment(r, id, 'returned.eia.json');

    // Assessor imports: Race side by side (theirs and yours, differences marked), chosen before saving.
    await importFile(a, returned);
    const merge = a.getByLabel('Bring in the other person’s changes');
    expect(await merge.isChecked()).toBe(true);
    const race = a.getByRole('group', { name: /^Race/ });
    await race.waitFor();
    await race.getByText('Theirs (in the file)').waitFor();
    await race.getByText('Yours (in this browser)').waitFor();
    expect(await race.locator('ins').count()).toBeGreaterThan(0);
    expect(await a.getByRole('group', { name: /^Sex/ }).count()).toBe(0);
    expect(await axeViolations(a)).toEqual([]);
    await race.getByLabel('Keep theirs').check();
    await a.getByRole('button', { name: 'Continue importing' }).click();
    const banner = a
      .getByRole('alert')
      .filter({ hasText: 'was added to the assessment already in this browser' });
    await banner.waitFor();
    expect(await a.getByText('Both copies kept').count()).toBe(0);

    // One record, Returned, with the reasons; Race is the reviewer's, Sex is the assessor's.
    await a.goto(at('/'));
    await a.locator('tbody tr').first().waitFor();
    expect(await a.locator('tbody tr', { hasText: 'Social media guidance updates 2019' }).count()).toBe(1);
    await a.goto(at(`/assessments/${encodeURIComponent(id)}`));
    await a.getByRole('heading', { name: 'Returned by Rita Reviewer' }).waitFor();
    await a.getByText('Say more about race and about carers.').waitFor();
    expect(await statusTag(a).innerText()).toBe('Returned');
    await a.goto(at(`/assessments/${encodeURIComponent(id)}/sections/analysis`));
    expect(await a.getByLabel('Race', { exact: true }).inputValue()).toBe(
      'No impact on race: the guidance is in plain English for all staff.',
    );
    expect(await a.getByLabel('Sex', { exact: true }).inputValue()).toBe(
      'Women are more often carers; the guidance says how to ask for help.',
    );
    await a
      .getByText(/Changed by Rita Reviewer/)
      .first()
      .waitFor();
    await a.goto(at(`/assessments/${encodeURIComponent(id)}/review`));
    await a.getByRole('heading', { name: 'Answers taken from a returned file' }).waitFor();
    await a.getByText(/Race: changed by Rita Reviewer/).waitFor();
    expect(await axeViolations(a)).toEqual([]);

    for (const g of [assessor.guard, reviewer.guard]) {
      expect(g.foreignRequests).toEqual([]);
      expect(g.pageErrors).toEqual([]);
    }
  });
});
