import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.ts';
import { browserSuite, waitUntilSaved } from './support/suite.ts';

/**
 * Drafts are never lost, in a real Chromium with real IndexedDB: typing survives a reload and a page
 * closed at once; two tabs never overwrite each other; a bad file changes nothing; export → import gives
 * back an equal assessment.
 */
const suite = browserSuite('drafts', { checkGuards: true });
const { baseURL } = suite;

async function newContext() {
  return suite.context();
}

const at = (path: string) => `${baseURL}/#${path}`;

type StoredRow = {
  id: string;
  assessment: { id: string; answers: Record<string, unknown> } & Record<string, unknown>;
};

/** Every stored assessment row, read straight from IndexedDB (not through the app). */
function storedRows(page: Page): Promise<StoredRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRow[]>((resolve, reject) => {
        const open = indexedDB.open('eia-builder');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('assessments')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('assessments').objectStore('assessments').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredRow[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function startAssessment(page: Page): Promise<string> {
  await page.goto(at('/'));
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  return decodeURIComponent(page.url().split('/').pop()!);
}

describe('drafts in the editor', () => {
  it('keeps what was typed across a reload', async () => {
    const { newPage } = await newContext();
    const page = await newPage();
    const id = await startAssessment(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/overview`));
    await page.getByLabel('Project / policy title', { exact: true }).fill('Flexible working policy 2026');
    await page
      .getByLabel('Name of impact assessor', { exact: true })
      .pressSequentially('Siân Ŵyn', { delay: 20 });
    await waitUntilSaved(page);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Project / policy title', { exact: true }).inputValue())
      .toBe('Flexible working policy 2026');
    expect(await page.getByLabel('Name of impact assessor', { exact: true }).inputValue()).toBe('Siân Ŵyn');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps what was typed when the page is closed at once', async () => {
    const { newPage } = await newContext();
    const page = await newPage();
    const id = await startAssessment(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/overview`));
    const field = page.getByLabel('Project / policy title', { exact: true });
    await field.fill('Typed then closed');
    await page.close();
    const again = await newPage();
    await again.goto(at(`/assessments/${encodeURIComponent(id)}/sections/overview`));
    await expect
      .poll(() => again.getByLabel('Project / policy title', { exact: true }).inputValue())
      .toBe('Typed then closed');
  });

  it('opens the assessment read-only in a second tab, which can take over without losing text', async () => {
    const { newPage } = await newContext();
    const first = await newPage();
    const id = await startAssessment(first);
    const section = at(`/assessments/${encodeURIComponent(id)}/sections/overview`);
    await first.goto(section);
    await first.getByLabel('Project / policy title', { exact: true }).fill('Written in the first tab');

    const second = await newPage();
    await second.goto(section);
    await expect
      .poll(() =>
        second.getByText('This assessment is open in another tab, so you can only read it here').count(),
      )
      .toBe(1);
    expect(await axeViolations(second)).toEqual([]);
    await second.getByRole('button', { name: 'Edit it here instead' }).click();
    await expect
      .poll(() => second.getByLabel('Project / policy title', { exact: true }).inputValue())
      .toBe('Written in the first tab');
    await expect
      .poll(() =>
        first
          .getByText('You are now editing this assessment in another tab, so this page is read-only')
          .count(),
      )
      .toBe(1);
    await second.getByLabel('Project / policy title', { exact: true }).fill('Now written in the second tab');
    await expect
      .poll(async () => (await storedRows(second)).find((r) => r.id === id)?.assessment.answers.projectTitle)
      .toBe('Now written in the second tab');
    await expect
      .poll(() => first.getByLabel('Project / policy title', { exact: true }).inputValue())
      .toBe('Now written in the second tab');
  });

  it('tells a stale tab to reload when another tab upgrades the database', async () => {
    const { newPage } = await newContext();
    const page = await newPage();
    const id = await startAssessment(page);
    await page.goto(at(`/assessments/${encodeURIComponent(id)}/sections/overview`));
    await page.getByLabel('Project / policy title', { exact: true }).fill('Before the upgrade');
    const newer = await newPage();
    await newer.goto(at('/bin'));
    await newer.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('eia-builder', 10_000);
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await expect
      .poll(() => page.getByText('EIA Builder was updated in another tab: reload this page').count())
      .toBe(1);
    expect((await storedRows(newer)).find((r) => r.id === id)?.assessment.answers.projectTitle).toBe(
      'Before the upgrade',
    );
  });
});

const envelope = (assessments: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'eia-builder/assessments',
    formatVersion: 1,
    exportedAt: '2026-01-06T12:00:00.000Z',
    templates: [{ id: 'hcpc-eia', version: '2018-10' }],
    assessments,
    ...extra,
  });

describe('files and the library', () => {
  it('exports an assessment and imports it back equal', async () => {
    const { newPage } = await newContext();
    const page = await newPage();
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.waitForURL(/#\/assessments\//);
    await page.goto(at('/'));
    const [before] = await storedRows(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Social media guidance updates 2019' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^social-media-guidance-updates-2019-\d{4}-\d\d-\d\d\.eia\.json$/,
    );
    const path = await file.path();

    await page.getByRole('button', { name: 'Delete Social media guidance updates 2019' }).click();
    await page.goto(at('/bin'));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete for good Social media guidance updates 2019' }).click();
    await page.getByRole('button', { name: 'Yes, delete for good' }).click();
    await expect.poll(async () => (await storedRows(page)).length).toBe(0);

    await page.goto(at('/'));
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByText('Imported 1 assessment').count()).toBe(1);
    const [after] = await storedRows(page);
    expect(after?.assessment).toEqual(before?.assessment);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('changes nothing when a file is bad, and says which file and what is wrong', async () => {
    const { newPage } = await newContext();
    const page = await newPage();
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.waitForURL(/#\/assessments\//);
    await page.goto(at('/'));
    const before = await storedRows(page);
    const good = before[0]!.assessment;
    const deep = `{"format":"eia-builder/assessments","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const bad: Array<[string, string, string]> = [
      ['notes.eia.json', 'this is not JSON', 'is not valid JSON'],
      ['other.json', '{"format":"something-else"}', 'its "format" is "something-else"'],
      ['future.eia.json', envelope([good], { formatVersion: 99 }), 'made by a newer version of EIA Builder'],
      [
        'types.eia.json',
        envelope([{ ...good, id: 'new-id', answers: { ...good.answers, age: 42 } }]),
        '"Age" should be text but is a number',
      ],
      ['missing.eia.json', envelope([{ ...good, id: undefined }]), '"id" is missing'],
      ['deep.eia.json', deep, 'nested more than 24 levels deep'],
      [
        'proto.eia.json',
        envelope([good]).replace('"answers":{', '"answers":{"__proto__":{"x":1},'),
        'contains a field named "__proto__"',
      ],
      [
        'mixed.eia.json',
        envelope([
          { ...good, id: 'fresh' },
          { ...good, id: 'fresh-2', status: 'done' },
        ]),
        'nothing from this file was imported',
      ],
    ];
    for (const [name, text, expected] of bad) {
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const summary = page.locator('.govuk-error-summary');
      await expect.poll(() => summary.textContent(), { message: name }).toContain(expected);
      expect(await summary.textContent()).toContain(`"${name}"`);
      expect(await storedRows(page), name).toEqual(before);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('restores an earlier version from the history and undoes it', async () => {
    const { newPage } = await newContext();
    const page = await newPage();
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Open the example' }).click();
    await page.waitForURL(/#\/assessments\//);
    const id = decodeURIComponent(page.url().split('/').pop()!);
    // Replace the assessment by importing a changed copy: the version it replaced is kept in history.
    const [row] = await storedRows(page);
    const changed = {
      ...row!.assessment,
      answers: { ...row!.assessment.answers, age: 'Changed by an import' },
    };
    await page.goto(at('/'));
    await page.locator('input[type="file"]').setInputFiles({
      name: 'changed.eia.json',
      mimeType: 'application/json',
      buffer: Buffer.from(envelope([changed])),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Replace it with the one from the file').check();
    await page.getByRole('button', { name: 'Continue importing' }).click();
    await expect.poll(() => page.getByText('Imported 1 assessment').count()).toBe(1);

    await page.goto(at(`/assessments/${encodeURIComponent(id)}/history`));
    await page
      .getByRole('button', { name: /^Restore this version/ })
      .first()
      .click();
    await expect
      .poll(async () => (await storedRows(page))[0]?.assessment.answers.age)
      .toBe(row!.assessment.answers.age);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo the restore' }).click();
    await expect
      .poll(async () => (await storedRows(page))[0]?.assessment.answers.age)
      .toBe('Changed by an import');
  });
});
