import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GuardedContext } from './support/browser.ts';
import { paths } from '../../src/components/paths.ts';
import { assessmentIdFrom, template, waitForHeading } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';
import { hcpcNextVersion } from '../hcpc-next-version.ts';

/**
 * Issue 8, defect 6 (WCAG 2.2 1.4.10 Reflow): EVERY route of the app, with data in every table (the example
 * EIA, a file imported with status history and comments, an assessment in the bin), at 320 and 375 CSS px.
 * On each page: nothing scrolls sideways (document scrollWidth ≤ clientWidth; a wide table may scroll inside
 * its own labelled region), and no text is broken mid-word (a word fits on one line unless it is wider than
 * the page's content column, so a table squeezed narrower than its longest word fails).
 */
const suite = browserSuite('reflow');
const { at } = suite;
const FIXTURE = fileURLToPath(new URL('../fixtures/envelope/v1.eia.json', import.meta.url));
/** The fixture's returned assessment: three status changes (one with reasons) and two comment threads. */
const RETURNED_ID = '6f1c1a52-4a4e-4c57-9b8e-3d3f7b1f2a01';

let guard: GuardedContext;
let page: Page;
let exampleId = '';

type Route = { name: string; path: string; ready: (page: Page) => Promise<void> };

function routes(): Route[] {
  const heading = (text: string) => (p: Page) => waitForHeading(p, text);
  const h1 = (p: Page) =>
    p
      .locator('h1')
      .first()
      .waitFor()
      .then(() => undefined);
  const list: Route[] = [
    { name: 'home', path: '/', ready: heading('Your assessments') },
    { name: 'bin', path: '/bin', ready: h1 },
    { name: 'overview', path: '/overview', ready: h1 },
    { name: 'about', path: '/about', ready: h1 },
    { name: 'not found', path: '/no-such-page', ready: h1 },
    { name: 'assessment not found', path: '/assessments/no-such-assessment', ready: h1 },
    { name: 'which template', path: paths.newAssessment(), ready: h1 },
    { name: 'templates', path: paths.templates(), ready: heading('Templates') },
    { name: 'copy a template', path: paths.templateCopy('hcpc-eia@2018-10'), ready: h1 },
    { name: 'copy with additions', path: paths.templateCopyWithAdditions('hcpc-eia@2018-10'), ready: h1 },
    { name: 'template draft', path: paths.templateDraft('reflow-eia'), ready: h1 },
    { name: 'template draft section', path: paths.templateDraftSection('reflow-eia', 'analysis'), ready: h1 },
    { name: 'template draft preview', path: paths.templateDraftPreview('reflow-eia'), ready: h1 },
    { name: 'template draft publish', path: paths.templateDraftPublish('reflow-eia'), ready: h1 },
  ];
  for (const [label, id] of [
    ['example', exampleId],
    ['returned', RETURNED_ID],
  ] as const) {
    const base = `/assessments/${encodeURIComponent(id)}`;
    list.push(
      { name: `${label}: task list`, path: base, ready: h1 },
      ...template.sections.map((s) => ({
        name: `${label}: section ${s.id}`,
        path: `${base}/sections/${s.id}`,
        ready: h1,
      })),
      { name: `${label}: check your answers`, path: `${base}/check`, ready: heading('Check your answers') },
      { name: `${label}: history`, path: `${base}/history`, ready: h1 },
      { name: `${label}: publication details`, path: paths.publication(id), ready: h1 },
      { name: `${label}: review`, path: `${base}/review`, ready: h1 },
      { name: `${label}: agree`, path: `${base}/review/agree`, ready: h1 },
      { name: `${label}: move to version 2026-01`, path: paths.moveVersion(id, '2026-01'), ready: h1 },
    );
  }
  const base = `/assessments/${encodeURIComponent(RETURNED_ID)}`;
  list.push(
    { name: 'a question', path: `${base}/sections/evidence/evidenceConsidered`, ready: h1 },
    { name: 'unknown section', path: `${base}/sections/no-such-section`, ready: h1 },
    { name: 'unknown assessment page', path: `${base}/no-such-page`, ready: h1 },
  );
  return list;
}

type Problems = { sideways: number; brokenWords: string[] };

/** How far the page scrolls sideways, and every word broken across lines that would fit on one. */
function reflowProblems(p: Page): Promise<Problems> {
  return p.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('main') ?? document.body;
    const column = main.clientWidth;
    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.govuk-visually-hidden, option, script, style')) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\-–—/]+/g)) {
        if (match[0].length < 2) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length < 2) continue;
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (width <= column) {
          const where = parent.closest('td, th, li, p, dd, dt, h1, h2, h3, label, a, button') ?? parent;
          brokenWords.push(
            `“${match[0]}” in <${where.tagName.toLowerCase()}> ${where.textContent?.slice(0, 40)}`,
          );
        }
      }
    }
    return { sideways: root.scrollWidth - root.clientWidth, brokenWords: brokenWords.slice(0, 10) };
  });
}

beforeAll(async () => {
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(15_000);

  // The data: the example, a file with status history and comments, and one assessment in the bin.
  await page.goto(at('/'));
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  exampleId = assessmentIdFrom(page.url());
  await page.goto(at('/'));
  await page.locator('input[type="file"]').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/Imported 2 assessments/).waitFor();
  const welsh = page.getByRole('row').filter({ hasText: 'Cynllun iaith Gymraeg' });
  await welsh.getByRole('button', { name: /^Delete/ }).click();
  await page.getByText('was moved to the bin').waitFor();

  // A newer version of the HCPC form, learnt from a file: the task lists say so, and the move page has a plan.
  await page.locator('input[type="file"]').setInputFiles({
    name: 'newer-form.eia.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'eia-builder/assessments',
        formatVersion: 1,
        exportedAt: '2026-01-06T12:00:00.000Z',
        templates: [{ id: 'hcpc-eia', version: '2026-01', definition: hcpcNextVersion }],
        assessments: [
          {
            schemaVersion: 2,
            id: 'on-the-newer-form',
            templateId: 'hcpc-eia',
            templateVersion: '2026-01',
            createdAt: '2026-01-05T10:00:00.000Z',
            updatedAt: '2026-01-06T10:00:00.000Z',
            status: 'draft',
            revision: 1,
            completedSections: [],
            answers: { projectTitle: 'On the newer form' },
          },
        ],
      }),
    ),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/Imported 1 assessment/).waitFor();

  // A template draft in the designer (a copy of HCPC 2018-10).
  await page.goto(at(paths.templateCopy('hcpc-eia@2018-10')));
  await page.getByLabel('Name of your template', { exact: true }).fill('Reflow EIA');
  await page.getByRole('button', { name: 'Make the copy' }).click();
  await waitForHeading(page, 'Edit Reflow EIA');
});

/** Every kind of route in paths.ts is in the list above (a new route must be added there). */
const COVERED = [
  'home',
  'about',
  'bin',
  'overview',
  'assessment',
  'section',
  'field',
  'check',
  'publication',
  'history',
  'review',
  'agree',
  'moveVersion',
  'newAssessment',
  'templates',
  'templateCopy',
  'templateCopyWithAdditions',
  'templateDraft',
  'templateDraftSection',
  'templateDraftPreview',
  'templateDraftPublish',
];

describe('every page reflows (WCAG 2.2 1.4.10)', () => {
  it('visits every kind of route in paths.ts', () => {
    expect(Object.keys(paths).sort()).toEqual([...COVERED].sort());
  });

  for (const width of [320, 375]) {
    it(`fits ${width} CSS px without sideways scrolling or words broken mid-word`, async () => {
      await page.setViewportSize({ width, height: 700 });
      const failures: string[] = [];
      for (const route of routes()) {
        await page.goto(at(route.path));
        await route.ready(page);
        await page.waitForLoadState('networkidle');
        const { sideways, brokenWords } = await reflowProblems(page);
        if (sideways > 0) failures.push(`${route.name}: scrolls ${sideways}px sideways`);
        for (const word of brokenWords) failures.push(`${route.name}: ${word}`);
      }
      expect(failures).toEqual([]);
      expect(guard.foreignRequests).toEqual([]);
      expect(guard.pageErrors).toEqual([]);
    });
  }
});

/** Every option of every select on the page that its box cannot show in full. */
function cutOptions(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    document.body.append(probe);
    for (const select of document.querySelectorAll('select')) {
      const style = getComputedStyle(select);
      probe.style.font = style.font;
      // The room for text: the box less its padding and the drop-down arrow (about 1em).
      const room =
        select.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        parseFloat(style.fontSize);
      for (const option of select.options) {
        probe.textContent = option.text;
        if (probe.offsetWidth > room)
          out.push(
            `${location.hash} ${select.labels[0]?.innerText}: “${option.text}” ${probe.offsetWidth} > ${room}`,
          );
      }
    }
    probe.remove();
    return out;
  });
}

describe('select boxes (issue 8, defect 12: the Sort-by select was cut off)', () => {
  for (const width of [1280, 320]) {
    it(`show their longest option in full at ${width} CSS px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      const cut: string[] = [];
      for (const path of ['/', '/overview']) {
        await page.goto(at(path));
        await page.locator('h1').first().waitFor();
        await page.locator('select').first().waitFor();
        cut.push(...(await cutOptions(page)));
      }
      expect(cut).toEqual([]);
    });
  }
});

describe('short values in tables', () => {
  it('keep a version such as “2018-10” on one line at 1280 CSS px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(at(paths.templates()));
    await waitForHeading(page, 'Templates');
    // The heading shows before the stored templates are read: wait for the table's rows.
    await page.locator('td[data-label="Version"]').first().waitFor();
    const versions = await page.evaluate(() =>
      [...document.querySelectorAll('td[data-label="Version"]')].map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        return `${cell.textContent?.trim()}: ${lines.size} line${lines.size === 1 ? '' : 's'}`;
      }),
    );
    expect(versions.length).toBeGreaterThan(1);
    expect(versions.filter((v) => !v.endsWith(': 1 line'))).toEqual([]);
  });
});

describe('in Welsh (issue 12: Welsh words are longer than English ones)', () => {
  beforeAll(async () => {
    await page.goto(at('/'));
    await page.evaluate(() => window.localStorage.setItem('eia-builder.language', 'cy'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Eich asesiadau' }).waitFor();
  });
  afterAll(async () => {
    await page.evaluate(() => window.localStorage.setItem('eia-builder.language', 'en'));
  });

  it('fits every route at 320 CSS px without sideways scrolling or words broken mid-word', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    const failures: string[] = [];
    for (const route of routes()) {
      await page.goto(at(route.path));
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.lang), route.name).toBe('cy');
      const { sideways, brokenWords } = await reflowProblems(page);
      if (sideways > 0) failures.push(`${route.name}: scrolls ${sideways}px sideways`);
      for (const word of brokenWords) failures.push(`${route.name}: ${word}`);
    }
    expect(failures).toEqual([]);
  });

  for (const width of [1280, 320]) {
    it(`shows every select's longest option in full at ${width} CSS px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      const cut: string[] = [];
      for (const path of ['/', '/overview']) {
        await page.goto(at(path));
        await page.locator('h1').first().waitFor();
        await page.locator('select').first().waitFor();
        cut.push(...(await cutOptions(page)));
      }
      expect(cut).toEqual([]);
    });
  }
});
