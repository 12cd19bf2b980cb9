import { readFileSync } from 'node:fs';
import { formatter } from '@lingui/format-po';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/components/paths.ts';
import { axeViolations, type GuardedContext } from './support/browser.ts';
import { localiseTemplate } from '../../schemas/template-definition.ts';
import { hcpcEia201810Definition } from '../../schemas/templates/index.ts';
import { assessmentIdFrom, template } from './support/eia.ts';
import { browserSuite } from './support/suite.ts';

/**
 * Issue 12, item 1: the interface in Welsh. "Cymraeg" in the header switches the page it is on, the choice
 * is remembered, `<html lang="cy">`, every route passes axe, and no English text of the interface's own
 * catalogue is left on a Welsh page unless it is tagged `lang="en"`.
 */
const suite = browserSuite('welsh');
const { at } = suite;

const po = formatter({ explicitIdAsDefault: true });
const catalogue = (locale: string) =>
  po.parse(readFileSync(`src/components/i18n/locales/${locale}.po`, 'utf8'), {
    locale,
    sourceLocale: 'en',
    filename: `${locale}.po`,
  }) as Record<string, { translation?: string }>;
const en = catalogue('en');
const cy = catalogue('cy');

/**
 * The English texts to look for: every message's fixed words (the parts between placeholders, at least two
 * words long, so "Bin" or "Status" alone never match a template's own wording), unless Welsh uses the same.
 */
const ENGLISH = [
  ...new Set(
    Object.entries(en).flatMap(([id, entry]) => {
      const english = entry.translation ?? '';
      if (english === cy[id]?.translation || english.includes(', plural,')) return [];
      return english
        .split(/\{[^}]*\}/)
        .map((part) => part.replace(/\s+/g, ' ').trim())
        .filter((part) => part.split(' ').length >= 2 && /[a-z]/.test(part));
    }),
  ),
];

/** Every piece of text on the page (text nodes, labels in attributes) holding an English message, untagged. */
function untaggedEnglish(page: Page, english: string[]): Promise<string[]> {
  return page.evaluate((messages) => {
    const found: string[] = [];
    const inEnglish = (el: Element | null) =>
      (el?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en');
    const check = (text: string, el: Element | null, where: string) => {
      const normal = text.replace(/\s+/g, ' ').trim();
      if (normal === '' || inEnglish(el)) return;
      const hit = messages.find((m) => normal.includes(m));
      if (hit) found.push(`${where}: “${hit}” in “${normal.slice(0, 80)}”`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, textarea, [contenteditable]')) continue;
      check(node.textContent ?? '', parent, `<${parent.tagName.toLowerCase()}>`);
    }
    for (const el of document.querySelectorAll('[aria-label], [data-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'data-label', 'placeholder', 'title']) {
        const value = el.getAttribute(name);
        if (value) check(value, el, `[${name}]`);
      }
    }
    check(document.title, document.documentElement, '<title>');
    return found;
  }, english);
}

let guard: GuardedContext;
let page: Page;

beforeAll(async () => {
  ({ guard, page } = await suite.person());
  page.setDefaultTimeout(15_000);
});

async function expectWelshPage(name: string) {
  await page.locator('h1').first().waitFor();
  expect(await page.evaluate(() => document.documentElement.lang), name).toBe('cy');
  expect(await untaggedEnglish(page, ENGLISH), name).toEqual([]);
  expect(await axeViolations(page), name).toEqual([]);
}

describe('the interface in Welsh', () => {
  it('the check finds English left untagged on a page (it can fail)', async () => {
    await page.goto(at('/'));
    await page.getByRole('heading', { level: 1, name: 'Your assessments' }).waitFor();
    // The English interface is all catalogue English: the check lists it (here, with lang="en-GB" removed).
    await page.evaluate(() => document.documentElement.removeAttribute('lang'));
    const found = await untaggedEnglish(page, ENGLISH);
    expect(found.join('\n')).toContain('Start a new assessment');
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
});
