import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/components/paths.ts';
import { axeViolations, type GuardedContext } from './support/browser.ts';
import { localiseTemplate } from '../../schemas/template-definition.ts';
import { hcpcEia201810Definition } from '../../schemas/templates/index.ts';
import {
  socialMediaGuidance2019Answers,
  socialMediaGuidance2019Publication,
} from '../../src/domain/examples/social-media-guidance-2019.ts';
import { hcpcNextVersion } from '../hcpc-next-version.ts';
import { assessmentIdFrom, template } from './support/eia.ts';
import { distinctiveEnglishWords, distinctiveWelshWords } from './support/english-words.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 12, item 1: the interface in Welsh. "Cymraeg" in the header switches the page it is on, the choice
 * is remembered, `<html lang="cy">`, every route passes axe, and no English text of the interface's own
 * catalogue is left on a Welsh page unless it is tagged `lang="en"`.
 */
const suite = browserSuite('welsh-routes');
const { at } = suite;

/** Words only English uses (see support/english-words.ts): any of them untagged on a Welsh page fails. */
const ENGLISH = distinctiveEnglishWords();
/** Words only Welsh uses: any of them inside `lang="en"` is the interface's Welsh marked as English. */
const WELSH = distinctiveWelshWords();

/**
 * Every text inside `lang="en"` holding a distinctively Welsh word, as "<tag>: “words” in “text”": an
 * interface word (an inline error, "Diwrnod", a character count) caught in an English question's wording.
 */
function welshMarkedEnglish(page: Page, welsh: string[]): Promise<string[]> {
  return page.evaluate((words) => {
    const welshOnly = new Set(words);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, textarea, [contenteditable]')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
      if (!lang.startsWith('en')) continue;
      const normal = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const hits = normal.split(/[^\p{L}]+/u).filter((w) => w.length >= 2 && welshOnly.has(w.toLowerCase()));
      if (hits.length > 0)
        found.push(`<${parent.tagName.toLowerCase()}>: “${hits.join(' ')}” in “${normal.slice(0, 100)}”`);
    }
    return found;
  }, welsh);
}

/**
 * Every piece of text on the page (text nodes, document title, names in attributes) holding a distinctively
 * English word outside `lang="en"`, as "where: “words” in “text”".
 */
function untaggedEnglish(page: Page, english: string[]): Promise<string[]> {
  return page.evaluate((words) => {
    const englishOnly = new Set(words);
    const found: string[] = [];
    const inEnglish = (el: Element | null) =>
      (el?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('en');
    const check = (text: string, el: Element | null, where: string) => {
      const normal = text.replace(/\s+/g, ' ').trim();
      if (normal === '' || inEnglish(el)) return;
      const hits = normal
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 2 && englishOnly.has(w.toLowerCase()));
      if (hits.length > 0) found.push(`${where}: “${hits.join(' ')}” in “${normal.slice(0, 100)}”`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, textarea, [contenteditable]')) continue;
      check(node.textContent ?? '', parent, `<${parent.tagName.toLowerCase()}>`);
    }
    for (const el of document.querySelectorAll('[aria-label], [data-label], [placeholder], [title], [alt]')) {
      for (const name of ['aria-label', 'data-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value) check(value, el, `[${name}]`);
      }
    }
    // The title cannot carry lang: text the page itself tags as English (an assessment's title) is left out.
    let title = document.title;
    for (const el of document.querySelectorAll('[lang^="en"]')) {
      const text = el.textContent?.trim();
      if (text && el !== document.documentElement) title = title.replace(text, '');
    }
    check(title, document.documentElement, '<title>');
    return found;
  }, english);
}

let guard: GuardedContext;
let page: Page;

/** A file carrying an assessment on HCPC 2018-10 and the definition of the newer 2026-01 (English only). */
const twoVersions = JSON.stringify({
  format: 'eia-builder/assessments',
  formatVersion: 1,
  exportedAt: '2026-01-06T12:00:00.000Z',
  templates: [
    { id: 'hcpc-eia', version: '2018-10' },
    { id: 'hcpc-eia', version: '2026-01', definition: hcpcNextVersion },
  ],
  assessments: [
    {
      schemaVersion: 2,
      id: 'on-2018',
      templateId: 'hcpc-eia',
      templateVersion: '2018-10',
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-06T10:00:00.000Z',
      status: 'draft',
      revision: 1,
      completedSections: ['overview', 'evidence'],
      answers: socialMediaGuidance2019Answers,
      statusHistory: [],
      publication: socialMediaGuidance2019Publication,
    },
    // A file keeps the definitions of the templates its assessments use: one is on 2026-01.
    {
      schemaVersion: 2,
      id: 'on-2026',
      templateId: 'hcpc-eia',
      templateVersion: '2026-01',
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-06T10:00:00.000Z',
      status: 'draft',
      revision: 1,
      completedSections: [],
      answers: { projectTitle: 'Already on the newer form' },
      statusHistory: [],
      publication: socialMediaGuidance2019Publication,
    },
  ],
});

beforeAll(async () => {
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(15_000);
});

/**
 * `welshInEnglish: false` for the designer's pages: they show what the user typed into a template's English
 * texts marked English, whatever its words (the test types a Welsh name there).
 */
async function expectWelshPage(name: string, { welshInEnglish = true } = {}) {
  await page.locator('h1').first().waitFor();
  expect(await page.evaluate(() => document.documentElement.lang), name).toBe('cy');
  expect(await untaggedEnglish(page, ENGLISH), name).toEqual([]);
  if (welshInEnglish) expect(await welshMarkedEnglish(page, WELSH), name).toEqual([]);
  expect(await axeViolations(page), name).toEqual([]);
}

describe('the interface in Welsh', () => {
  it('the check finds English left untagged on a page (it can fail)', async () => {
    await page.goto(at('/'));
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    // The English interface is all catalogue English: the check lists it (here, with lang="en-GB" removed).
    await page.evaluate(() => document.documentElement.removeAttribute('lang'));
    const found = await untaggedEnglish(page, ENGLISH);
    expect(found.join('\n')).toContain('“Start new assessment” in “Start a new assessment”');
    // Single words are caught too: the header's "Overview" link.
    expect(found.join('\n')).toContain('<a>: “Overview” in “Overview”');
  });

  it('switches to Cymraeg from the header on the same page, and remembers it', async () => {
    await page.goto(at('/about'));
    await page.locator('h1').first().waitFor();
    const before = page.url();
    await page.getByRole('link', { name: /Cymraeg/ }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(page.url()).toBe(before);
    await page.getByRole('link', { name: /English/ }).waitFor();
    await page.goto(at('/'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Eich asesiadau' }).waitFor();
    expect(await page.title()).toBe('Eich asesiadau – EIA Builder');
    await expectWelshPage('home');
  });

  it('shows every route in Welsh: axe clean, <html lang="cy">, no untagged English', async () => {
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Agor yr enghraifft' }).click();
    await page.waitForURL(/#\/assessments\/[^/]+$/);
    const example = assessmentIdFrom(page.url());
    await expectWelshPage('task list (example)');

    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Dechrau asesiad newydd' }).click();
    await page.waitForURL(/#\/assessments\/[^/]+$/);
    const fresh = assessmentIdFrom(page.url());
    await expectWelshPage('new assessment');

    const routes: Array<[string, string]> = [
      ['a section', paths.section(example, template.sections[0]!.id)],
      ['a question', paths.field(example, template.sections[2]!.id, template.sections[2]!.questions[0]!.id)],
      ['which template', paths.newAssessment()],
      ['an empty section', paths.section(fresh, template.sections[2]!.id)],
      ['check your answers', paths.check(example)],
      ['review', paths.review(example)],
      ['agree', paths.agree(example)],
      ['history', paths.history(example)],
      ['publication', paths.publication(example)],
      ['bin', paths.bin()],
      ['overview', paths.overview()],
      ['about', paths.about()],
      ['not found', '/no-such-page'],
    ];
    for (const [name, path] of routes) {
      await page.goto(at(path));
      await expectWelshPage(name);
    }
    expect(guard.foreignRequests).toEqual([]);
  });

  it('words the answers’ validation errors in Welsh: too long (Welsh plurals), a date missing parts, not a real date', async () => {
    await page.goto(at('/'));
    // Welsh, as the header's switch leaves it (so that this test also runs on its own).
    await page.evaluate(() => window.localStorage.setItem('eia-builder.language', 'cy'));
    await page.reload();
    await page.getByRole('button', { name: 'Dechrau asesiad newydd' }).click();
    await page.waitForURL(/#\/assessments\/[^/]+$/);
    const id = assessmentIdFrom(page.url());
    const section = localiseTemplate(hcpcEia201810Definition, 'cy').sections[0]!;
    const [title, , dateAgreed] = section.questions;
    await page.goto(at(paths.section(id, section.id)));
    await page.getByLabel(title!.label, { exact: true }).fill('x'.repeat(title!.maxLength! + 1));
    const date = page.getByRole('group', { name: dateAgreed!.label });
    await date.getByLabel('Diwrnod').fill('11');
    await page.getByRole('button', { name: "Marcio'r adran hon fel un wedi'i chwblhau" }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.locator('h2').textContent()).toBe('Mae problem wedi codi');
    const tooLong =
      'Rhaid i’r ateb fod yn 250 o nodau neu lai (mae 1 nod yn ormod): Teitl y prosiect / polisi';
    const missing = 'Rhaid i’r dyddiad gynnwys mis a blwyddyn: Dyddiad cytuno ar yr AEC';
    expect(await summary.locator('li').allTextContents()).toEqual([
      tooLong,
      'Rhowch enw’r aseswr effaith',
      missing,
      'Rhowch ganlyniadau bwriadedig y gwaith hwn',
      'Nodwch pwy fydd yn cael eu heffeithio',
    ]);
    const inline = (locator: ReturnType<Page['locator']>) =>
      locator
        .locator('.govuk-error-message')
        .first()
        .textContent()
        .then((text) => (text ?? '').replace(/\s+/g, ' ').trim());
    expect(await inline(page.locator(`[data-question-id="${title!.id}"]`))).toBe(`Gwall: ${tooLong}`);
    expect(await inline(date)).toBe(`Gwall: ${missing}`);
    await expectWelshPage('section with validation errors');

    // The error follows the field as it is fixed, still in Welsh.
    await date.getByLabel('Diwrnod').fill('31');
    await date.getByLabel('Mis').fill('2');
    await date.getByLabel('Blwyddyn').fill('2019');
    const notReal = 'Rhaid i’r dyddiad fod yn ddyddiad go iawn: Dyddiad cytuno ar yr AEC';
    await expect.poll(() => inline(date)).toBe(`Gwall: ${notReal}`);
    expect(await summary.locator('li').nth(2).textContent()).toBe(notReal);
    await expectWelshPage('section with a date that is not real');

    // Switching language words the same problems in English (the form's own wording stays Welsh).
    await page.getByRole('link', { name: /English/ }).click();
    await expect
      .poll(() => summary.locator('li').first().textContent())
      .toBe('Teitl y prosiect / polisi must be 250 characters or fewer (it is 1 too many)');
    expect(await summary.locator('li').nth(2).textContent()).toBe(
      'Dyddiad cytuno ar yr AEC must be a real date',
    );
    await page.getByRole('link', { name: /Cymraeg/ }).click();
    await expect.poll(() => summary.locator('li').first().textContent()).toBe(tooLong);
    expect(guard.pageErrors).toEqual([]);
  });

  it('words the errors of an English assessment in Welsh, only its labels marked English', async () => {
    // An assessment started in English keeps its English wording when the interface turns Welsh.
    await page.goto(at('/'));
    await page.evaluate(() => window.localStorage.setItem('eia-builder.language', 'en'));
    await page.reload();
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.waitForURL(/#\/assessments\/[^/]+$/);
    const id = assessmentIdFrom(page.url());
    await page.evaluate(() => window.localStorage.setItem('eia-builder.language', 'cy'));
    const section = template.sections[0]!;
    const [title, , dateAgreed] = section.questions;
    await page.goto(at(paths.section(id, section.id)));
    await page.reload();
    await page.getByLabel(title!.label, { exact: true }).fill('x'.repeat(title!.maxLength! + 1));
    const date = page.getByRole('group', { name: dateAgreed!.label });
    await date.getByLabel('Diwrnod').fill('11');
    await page.getByRole('button', { name: "Marcio'r adran hon fel un wedi'i chwblhau" }).click();
    await page.locator('.govuk-error-summary').waitFor();
    const titleError = page.locator(`[data-question-id="${title!.id}"] p.govuk-error-message`);
    expect((await titleError.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      `Gwall: Rhaid i’r ateb fod yn 250 o nodau neu lai (mae 1 nod yn ormod): ${title!.label}`,
    );
    // The question is English as a whole; its error is the interface's Welsh, the label in it English.
    expect(await titleError.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('cy');
    expect(
      await titleError.getByText(title!.label, { exact: true }).evaluate((el) => el.getAttribute('lang')),
    ).toBe('en-GB');
    expect(
      await page
        .locator(`[data-question-id="${title!.id}"]`)
        .getByText(title!.label, { exact: true })
        .first()
        .evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
    ).toBe('en-GB');
    await expectWelshPage('an English assessment with errors, on a Welsh page');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(guard.pageErrors).toEqual([]);
  });

  it('says when it saved in Welsh whatever the browser’s own language (Chromium has no Welsh times)', async () => {
    // A browser set to American English: Chromium formats a "cy" time as "06:27 AM" from its own locale.
    const context = await suite.browser().newContext({ locale: 'en-US', timezoneId: 'Europe/London' });
    await context.addInitScript(() => window.localStorage.setItem('eia-builder.language', 'cy'));
    const own = await context.newPage();
    own.setDefaultTimeout(15_000);
    await own.goto(at('/'));
    await own.getByRole('button', { name: 'Dechrau asesiad newydd' }).click();
    await own.waitForURL(/#\/assessments\/[^/]+$/);
    const id = assessmentIdFrom(own.url());
    const section = localiseTemplate(hcpcEia201810Definition, 'cy').sections[0]!;
    await own.goto(at(paths.section(id, section.id)));
    await own.getByLabel(section.questions[0]!.label, { exact: true }).fill('Gŵyl y gwanwyn');
    await expect
      .poll(() => own.locator('[data-save-state="saved"]').textContent(), { timeout: 10_000 })
      .toMatch(/^Wedi'i gadw am \d\d:\d\d$/);
    await context.close();
  });

  it('shows the template designer in Welsh: templates, a copy, its draft, a section, preview, publish', async () => {
    await page.goto(at(paths.templates()));
    await page.locator('h1').first().waitFor();
    if ((await page.evaluate(() => document.documentElement.lang)) !== 'cy') {
      await page.getByRole('link', { name: /Cymraeg/ }).click();
    }
    await page.getByRole('heading', { level: 1, name: 'Templedi' }).waitFor();
    await page.getByRole('table').first().waitFor();
    await expectWelshPage('templates', { welshInEnglish: false });
    await page
      .getByRole('link', { name: /Gwneud copi i'w addasu/ })
      .first()
      .click();
    await page.getByLabel('Enw eich templed', { exact: true }).fill('Cyngor EIA');
    await expectWelshPage('copy a template', { welshInEnglish: false });
    await page.getByRole('button', { name: 'Gwneud y copi' }).click();
    await page.waitForURL(/#\/templates\/[^/]+\/draft$/);
    const templateId = decodeURIComponent(/#\/templates\/([^/]+)\/draft/.exec(page.url())![1]!);
    await page.getByRole('heading', { level: 1, name: /^Golygu / }).waitFor();
    await expectWelshPage('the draft', { welshInEnglish: false });

    const section = hcpcEia201810Definition.sections[0]!;
    const routes: Array<[string, string, RegExp]> = [
      ['a section of the draft', paths.templateDraftSection(templateId, section.id), /^Adran 1: /],
      ['the preview', paths.templateDraftPreview(templateId), /./],
      ['check and publish', paths.templateDraftPublish(templateId), /^Gwirio a chyhoeddi fersiwn/],
    ];
    for (const [name, path, heading] of routes) {
      await page.goto(at(path));
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
      await expectWelshPage(name, { welshInEnglish: false });
    }
    // A question's settings open on the section page, in Welsh too.
    await page.goto(at(paths.templateDraftSection(templateId, section.id)));
    await page
      .getByText(/^Golygu /)
      .first()
      .click();
    await expectWelshPage('a question’s settings open', { welshInEnglish: false });

    // Its kind changed: the choice of kinds and its warning, then a table's and an impact rating's settings.
    const id = (await page.locator('li.app-designer-question h3').first().getAttribute('id'))!.replace(
      /-heading$/,
      '',
    );
    await page.locator(`#${id}-kind-summary`).click();
    await page.locator(`#${id}-kind-impact`).check();
    await page.locator(`#${id}-kind-warning`).waitFor();
    await expectWelshPage('changing the kind of a question', { welshInEnglish: false });
    await page.locator(`#${id}-kind-button`).click();
    await page.locator(`#${id}-why-label`).waitFor();
    await expectWelshPage('an impact question’s settings', { welshInEnglish: false });
    // A table's new column and row name have no Welsh yet: the Welsh panel lists them below.
    await page.locator(`#${id}-kind-table`).check();
    await page.locator(`#${id}-kind-button`).click();
    await page.locator(`#${id}-col-item-label`).waitFor();
    await expectWelshPage('a table question’s settings', { welshInEnglish: false });

    // Published in English and Welsh: the problems before publishing and the Welsh panel, in Welsh.
    await page.goto(at(paths.templateDraftPublish(templateId)));
    await page.getByLabel('Saesneg a Chymraeg (dwyieithog)').check();
    await page.locator('.govuk-error-summary').waitFor();
    await expectWelshPage('check and publish, with problems', { welshInEnglish: false });
    await page.goto(at(paths.templateDraftSection(templateId, section.id)));
    await page.locator('#welsh-missing summary').click();
    await page.locator('#welsh-review summary').click();
    await expectWelshPage('a section’s Welsh panel open', { welshInEnglish: false });
    await page.goto(at(paths.templateDraft(templateId)));
    await page.locator('#welsh-missing summary').click();
    await expectWelshPage('the draft’s Welsh panel open', { welshInEnglish: false });
    expect(guard.pageErrors).toEqual([]);
  });

  it('fills in a section in Welsh: error summary, completion, Check your answers', async () => {
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'Dechrau asesiad newydd' }).click();
    await page.waitForURL(/#\/assessments\/[^/]+$/);
    const id = assessmentIdFrom(page.url());
    // A new assessment started with the interface in Welsh is written in Welsh: the form's wording is Welsh too.
    const section = localiseTemplate(hcpcEia201810Definition, 'cy').sections[0]!;
    await page.goto(at(paths.section(id, section.id)));
    await page.getByRole('button', { name: "Marcio'r adran hon fel un wedi'i chwblhau" }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect.poll(() => summary.locator('h2').textContent()).toBe('Mae problem wedi codi');
    expect(await page.title()).toMatch(/^Gwall: /);
    await expectWelshPage('section with errors');

    for (const question of section.questions) {
      if (question.kind === 'date') {
        const group = page.getByRole('group', { name: question.label });
        await group.getByLabel('Diwrnod').fill('5');
        await group.getByLabel('Mis').fill('6');
        await group.getByLabel('Blwyddyn').fill('2026');
      } else if (question.kind === 'text' || question.kind === 'textarea') {
        await page.getByLabel(question.label, { exact: true }).fill(`Ateb: ${question.label}`);
      }
    }
    await page.getByRole('button', { name: "Marcio'r adran hon fel un wedi'i chwblhau" }).click();
    await page.waitForURL(/#\/assessments\/[^/]+$/);
    await expectWelshPage('task list after completing');
    await page.getByRole('link', { name: 'Gwirio eich atebion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gwirio eich atebion' }).waitFor();
    await expectWelshPage('check your answers (filled)');

    await page.getByRole('link', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(guard.pageErrors).toEqual([]);
  });

  // Last: the file teaches this browser HCPC 2026-01 (English only), which new assessments then start on.
  it('imports a file, asks about an assessment already here and moves to a newer version, all in Welsh', async () => {
    const file = join(suite.dir(), 'eia-2026.eia.json');
    await writeFile(file, twoVersions);
    await page.goto(at('/'));
    // The test before ends in English: back to Cymraeg.
    await page.getByRole('link', { name: /Cymraeg/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Eich asesiadau' }).waitFor();
    // The file upload is GOV.UK's, worded in Welsh from our catalogue (not the browser's "Choose Files").
    const upload = page.locator('.govuk-file-upload-button');
    await expect.poll(() => upload.textContent()).toContain('Dewis ffeiliau');
    expect(await upload.textContent()).toContain('neu ollwng ffeiliau');
    expect(await upload.locator('.govuk-file-upload-button__status').textContent()).toBe(
      'Dim ffeil wedi’i dewis',
    );
    // A file that cannot be imported says why in Welsh (the parse path's codes, the catalogue's words).
    const broken = join(suite.dir(), 'nodiadau.eia.json');
    await writeFile(broken, 'not json');
    await page.locator('input[type="file"]').setInputFiles([broken, file]);
    expect(await upload.locator('.govuk-file-upload-button__status').textContent()).toBe(
      '2 ffeil wedi’u dewis',
    );
    await page.locator('input[type="file"]').setInputFiles(broken);
    expect(await upload.locator('.govuk-file-upload-button__status').textContent()).toBe('nodiadau.eia.json');
    await page.getByRole('button', { name: 'Mewnforio', exact: true }).click();
    await page.getByText(/^Nid yw “nodiadau\.eia\.json” yn ffeil EIA Builder: nid yw’n JSON dilys/).waitFor();
    await expectWelshPage('a file that cannot be imported');
    // At 320 px the problems and the control fit (the page's table below holds a 251-letter title typed by
    // an earlier test, which no page can fit).
    await page.setViewportSize({ width: 320, height: 800 });
    for (const selector of ['.govuk-error-summary', '.govuk-file-upload-wrapper']) {
      const box = await page.locator(selector).boundingBox();
      expect(box!.x + box!.width, selector).toBeLessThanOrEqual(320);
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Mewnforio', exact: true }).click();
    await page.getByText('Mewnforiwyd 2 asesiad', { exact: true }).waitFor();
    // Emptied for the next file.
    expect(await upload.locator('.govuk-file-upload-button__status').textContent()).toBe(
      'Dim ffeil wedi’i dewis',
    );
    await expectWelshPage('import summary');

    // The same file again: the assessment is already here.
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Mewnforio', exact: true }).click();
    await page.getByText("“eia-2026.eia.json”: mae rhai asesiadau yma'n barod").waitFor();
    await expectWelshPage('import choice');
    await page.getByRole('button', { name: "Peidio â mewnforio'r ffeil hon" }).click();

    await page.goto(at(paths.assessment('on-2018')));
    await page.getByRole('link', { name: 'Symud i fersiwn 2026-01' }).waitFor();
    await expectWelshPage('task list with a newer version');
    await page.getByRole('link', { name: 'Symud i fersiwn 2026-01' }).click();
    await page.getByRole('heading', { level: 1, name: 'Symud yr asesiad hwn i fersiwn 2026-01' }).waitFor();
    await expectWelshPage('move to version');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Symud i fersiwn 2026-01' }).click();
    await page
      .getByText('Mae’r asesiad hwn bellach ar fersiwn 2026-01 o’r ffurflen.')
      .or(page.getByRole('alert'))
      .first()
      .waitFor();
    await expectWelshPage('moved');
    await page.goto(at(paths.check('on-2018')));
    await page.getByRole('heading', { level: 1, name: 'Gwirio eich atebion' }).waitFor();
    await expectWelshPage('check your answers with answers no longer asked');
    expect(guard.pageErrors).toEqual([]);
  });
});
