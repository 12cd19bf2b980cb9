import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  socialMediaGuidance2019Answers,
  socialMediaGuidance2019Publication,
} from '../../src/domain/examples/social-media-guidance-2019.ts';
import { hcpcNextVersion } from '../hcpc-next-version.ts';
import { axeViolations, type GuardedContext } from './support/browser.ts';
import { normaliseSpace, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 9 item 5: an assessment on an older version of its form moves to the newer one. The browser
 * learns the newer version from an imported file that carries both versions; the journey is made with
 * the keyboard (focus, Enter), axe runs on every state, and the move page reflows at 320 CSS px.
 */
const suite = browserSuite('version-move', { checkGuards: true });
const { baseURL } = suite;
const at = (path: string) => `${baseURL}/#${path}`;
const TITLE = 'Social media guidance updates 2019';
let guard: GuardedContext;

beforeAll(async () => {
  guard = await suite.context();
});

function record(id: string, version: string, answers: Record<string, unknown>, extra = {}) {
  return {
    schemaVersion: 2,
    id,
    templateId: 'hcpc-eia',
    templateVersion: version,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-06T10:00:00.000Z',
    status: 'draft',
    revision: 1,
    completedSections: [],
    answers,
    statusHistory: [],
    publication: socialMediaGuidance2019Publication,
    ...extra,
  };
}

const file = JSON.stringify({
  format: 'eia-builder/assessments',
  formatVersion: 1,
  exportedAt: '2026-01-06T12:00:00.000Z',
  templates: [
    { id: 'hcpc-eia', version: '2018-10' },
    { id: 'hcpc-eia', version: '2026-01', definition: hcpcNextVersion },
  ],
  assessments: [
    record('on-2018', '2018-10', socialMediaGuidance2019Answers, {
      completedSections: ['overview', 'evidence'],
    }),
    record('on-2026', '2026-01', { projectTitle: 'Already on the newer form' }),
  ],
});

async function press(page: Page, locator: ReturnType<Page['getByRole']>) {
  await locator.focus();
  await page.keyboard.press('Enter');
}

describe('moving an assessment to a newer version of its form', () => {
  it('shows what will change, moves, keeps the answers no longer asked, and is undone from History', async () => {
    const page = await guard.newPage();
    page.setDefaultTimeout(10_000);
    const path = join(suite.dir(), 'two-versions.eia.json');
    await writeFile(path, file);
    await page.goto(at('/'));
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('link', { name: TITLE }).first().waitFor();

    // The task list says a newer version is published.
    await page.goto(at('/assessments/on-2018'));
    await waitForHeading(page, TITLE);
    const notice = page.getByRole('region', { name: 'Important' }).filter({ hasText: 'newer version' });
    await expect.poll(() => notice.textContent()).toContain('version 2026-01');
    expect(await notice.textContent()).toContain('This assessment is on version 2018-10.');
    expect(await axeViolations(page)).toEqual([]);

    // The plan, before anything changes.
    await press(page, page.getByRole('link', { name: 'Move to version 2026-01' }));
    await waitForHeading(page, 'Move this assessment to version 2026-01');
    expect(await page.title()).toBe('Move to version 2026-01 – EIA Builder');
    const overview = normaliseSpace(
      (await page.locator('dl.govuk-summary-list').first().textContent()) ?? '',
    );
    expect(overview).toContain('Answers kept as “answers to questions no longer asked”2 answers');
    expect(overview).toContain('New questions to answer3 questions');
    expect(overview).toContain('Sections to mark as completed again1 section');
    const kept = page.locator('h2:text("Answers to questions no longer asked") + p + dl');
    expect(normaliseSpace((await kept.textContent()) ?? '')).toContain(
      'Have you engaged stakeholders in gathering or analysing this evidence?',
    );
    expect(await kept.textContent()).toContain('for the purpose of the Welsh Language Scheme (WLS)');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(
      0,
    );
    await page.setViewportSize({ width: 1280, height: 800 });

    // Confirm: the task list, with a success banner that takes focus.
    await press(page, page.getByRole('button', { name: 'Move to version 2026-01' }));
    const success = page.getByRole('alert').filter({ hasText: 'now on version 2026-01' });
    await success.waitFor();
    expect(await success.textContent()).toContain(
      '2 answers are kept under “Answers to questions no longer asked”',
    );
    expect(await page.getByRole('link', { name: '3. Analysis by equality group' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Check your answers: the new questions, and the answers no longer asked in their own section.
    await press(page, page.getByRole('link', { name: 'Check your answers', exact: true }).first());
    await waitForHeading(page, 'Check your answers');
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Answers to questions no longer asked' }),
    });
    const keptText = normaliseSpace((await section.textContent()) ?? '');
    expect(keptText).toContain(
      'How might this project / policy engage our commitments under the Welsh Language Scheme?',
    );
    expect(keptText).toContain('Yes, see above for evidence considered towards this impact assessment.');
    expect(keptText).toContain('version 2018-10');
    expect(
      await page.getByRole('heading', { name: 'Section 4: Welsh Language Standards' }).count(),
    ).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // History kept the assessment as it was; restoring it undoes the move.
    await page.goto(at('/assessments/on-2018/history'));
    await waitForHeading(page, 'History');
    const card = page.locator('.govuk-summary-card', {
      hasText: 'Before it moved to version 2026-01 of the form',
    });
    expect(await card.textContent()).toContain('2018-10');
    expect(await axeViolations(page)).toEqual([]);
    await press(page, card.getByRole('button', { name: /Restore this version/ }));
    await page.getByRole('alert').filter({ hasText: 'was restored' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(at('/assessments/on-2018/check'));
    await waitForHeading(page, 'Check your answers');
    expect(
      await page.getByRole('heading', { name: 'Section 4: Welsh Language Scheme' }).count(),
    ).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Answers to questions no longer asked' }).count()).toBe(0);
    await page.goto(at('/assessments/on-2018'));
    await waitForHeading(page, TITLE);
    await page.getByRole('link', { name: 'Move to version 2026-01' }).waitFor();
  });

  it('refuses to move an agreed assessment, in plain words', async () => {
    const page = await guard.newPage();
    const path = join(suite.dir(), 'agreed.eia.json');
    const agreed = JSON.parse(file) as { assessments: Array<Record<string, unknown>> };
    agreed.assessments = [
      record('agreed-2018', '2018-10', socialMediaGuidance2019Answers, { status: 'agreed' }),
      record('on-2026-b', '2026-01', { projectTitle: 'Also on the newer form' }),
    ];
    await writeFile(path, JSON.stringify(agreed));
    await page.goto(at('/'));
    await page.locator('input[type="file"]').setInputFiles(path);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('link', { name: TITLE }).first().waitFor();
    await page.goto(at('/assessments/agreed-2018'));
    await waitForHeading(page, TITLE);
    await page.getByText('It has been agreed, so it stays on that version.').waitFor();
    expect(await page.getByRole('link', { name: 'Move to version 2026-01' }).count()).toBe(0);
    await page.goto(at('/assessments/agreed-2018/move-version/2026-01'));
    await waitForHeading(page, 'Move this assessment to version 2026-01');
    await page
      .getByText('This assessment has been agreed, so it stays on version 2018-10 of the form.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Move to version 2026-01' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
