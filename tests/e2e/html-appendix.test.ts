import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAssessment, createExampleAssessment } from '../../src/domain/new-assessment.ts';
import { socialMediaGuidance2019Answers } from '../../src/domain/examples/social-media-guidance-2019.ts';
import { buildAppendixHtml } from '../../src/html/build-appendix-html.ts';
import { localiseTemplate } from '../../schemas/template-definition.ts';
import { registerTemplate } from '../../schemas/templates/index.ts';
import { impactTableTemplate } from '../impact-table-template.ts';
import { axeViolations } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';

/**
 * The accessible HTML appendix as a user gets it ("Download accessible version (HTML)" on the task list,
 * the library row and the review page), then opened on its own from disk, as the committee website's
 * visitors would: axe-clean, no request of any kind, readable at 320 CSS px (400% zoom) without
 * sideways scrolling.
 */
const suite = browserSuite('html');
const { baseURL } = suite;
const FILE_NAME = 'appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.html';
const BUTTON = 'Download accessible version (HTML)';
let htmlPath: string;

async function openExample(page: Page) {
  await page.goto(`${baseURL}/`);
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.getByRole('button', { name: BUTTON }).waitFor();
}

/** Opens a file from disk in a fresh context and records every request the page makes. */
async function openOnItsOwn(path: string, width: number) {
  const context = await suite.browser().newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => errors.push(message.text()));
  await page.goto(pathToFileURL(path).href);
  await page.waitForLoadState('load');
  return { context, page, requests, errors };
}

describe('the accessible HTML appendix in Chromium', () => {
  it('downloads from the task list (loaded on the click), with every answer', async () => {
    const guard = await suite.context();
    const page = await guard.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await openExample(page);
    const before = scripts.length;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: BUTTON }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(FILE_NAME);
    expect(scripts.length).toBeGreaterThan(before);
    htmlPath = join(suite.dir(), FILE_NAME);
    await file.saveAs(htmlPath);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Downloaded ${FILE_NAME}` })
          .count(),
      )
      .toBe(1);
    const html = await readFile(htmlPath, 'utf8');
    expect(html).toContain('<title>Appendix B: Social media guidance updates 2019</title>');
    expect(html).toContain(socialMediaGuidance2019Answers.evidenceConsidered);
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });

  it('is axe-clean on its own, makes no request of any kind, and reflows at 320 CSS px', async () => {
    expect(htmlPath).toBeTruthy();
    for (const width of [1280, 320]) {
      const { context, page, requests, errors } = await openOnItsOwn(htmlPath, width);
      expect(await axeViolations(page)).toEqual([]);
      expect(requests).toEqual([pathToFileURL(htmlPath).href]);
      expect(errors).toEqual([]);
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Social media guidance updates 2019',
      );
      await context.close();
    }
  });

  it('stays inert and narrow with hostile and very long answers', async () => {
    const hostile = createAssessment({ id: 'hostile', now: new Date('2026-01-05T10:00:00Z') });
    hostile.answers.projectTitle = `<script>document.title='x'</script>${'Ŵ'.repeat(120)}`;
    hostile.answers.intendedOutcomes = `<img src="https://example.com/x.png" onerror="fetch('https://example.com')">\n<a href="javascript:alert(1)">link</a>`;
    hostile.answers.evidenceConsidered = `https://example.com/${'a'.repeat(400)}`;
    const path = join(suite.dir(), 'hostile.html');
    await writeFile(path, buildAppendixHtml(hostile, { exportedAt: new Date() }).html);
    const { context, page, requests, errors } = await openOnItsOwn(path, 320);
    expect(requests).toEqual([pathToFileURL(path).href]);
    expect(errors).toEqual([]);
    expect(await page.locator('script, img, a').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets a keyboard scroll a table wider than a 320 px screen, axe-clean, with impact answers and kept answers', async () => {
    registerTemplate(impactTableTemplate);
    const template = localiseTemplate(impactTableTemplate);
    const rows = [1, 2, 3].map((n) => ({
      id: `r${n}`,
      cells: {
        action: `Survey older riders on route ${n} about the evening timetable`,
        owner: 'Transport team',
        due: { day: '31', month: '3', year: '2026' },
        status: 'open',
      },
    }));
    const assessment = {
      ...createAssessment({
        id: 'table',
        template,
        answers: {
          name: 'Bus timetable',
          actions: rows,
          olderPeople: { ratings: ['negative'], why: 'Fewer evening buses.', mitigation: 'Keep route 7.' },
        } as never,
      }),
      noLongerAsked: [
        {
          questionId: 'oldQuestion',
          label: { en: 'Which routes change?' },
          kind: 'textarea',
          templateVersion: '0',
          reason: 'removed' as const,
          value: 'Routes 7 and 12.',
          text: 'Routes 7 and 12.',
          movedAt: '2026-01-05T10:00:00.000Z',
        },
      ],
    };
    const path = join(suite.dir(), 'table.html');
    await writeFile(path, buildAppendixHtml(assessment, { exportedAt: new Date() }).html);
    const { context, page } = await openOnItsOwn(path, 320);
    // The impact answer's sub-questions are terms of a description list, its kept answers a section.
    await page.getByRole('term').filter({ hasText: 'Why do you think this?' }).waitFor();
    await page.getByRole('heading', { name: 'Answers to questions no longer asked', level: 2 }).waitFor();
    const region = page.getByRole('region', { name: 'Action plan' });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('downloads from the library row and from the review page', async () => {
    const guard = await suite.context();
    const page = await guard.newPage();
    await openExample(page);
    await page.goto(`${baseURL}/`);
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: `${BUTTON} of Social media guidance updates 2019` }).click();
    expect((await download).suggestedFilename()).toBe(FILE_NAME);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Social media guidance updates 2019' }).first().click();
    await page.getByRole('link', { name: 'Review this assessment' }).click();
    await page.getByRole('heading', { name: 'Download for the committee' }).waitFor();
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: BUTTON }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(FILE_NAME);
    const path = join(suite.dir(), `review-${FILE_NAME}`);
    await file.saveAs(path);
    expect(await readFile(path, 'utf8')).toContain(createExampleAssessment().answers.stakeholdersEngaged);
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await guard.context.close();
  });
});
