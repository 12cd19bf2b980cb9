import { readdirSync, readFileSync } from 'node:fs';
import { formatter } from '@lingui/format-po';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localTextsIn } from '../../schemas/local-text.ts';
import { hcpcEia201810Definition } from '../../schemas/templates/index.ts';
import { launchBrowser } from './support/browser.ts';

/**
 * What a first screen loads (issues 9 and 12): the home page, and an assessment opened by its address, load
 * only the interface language's catalogue, never the other's; in English they carry none of the built-in
 * template's Welsh texts; no first screen carries the validation library (zod), and an assessment's task
 * list not the form library (react-hook-form) either. Read from every script the browser fetches until the page is idle, the way
 * `npm run bench -- bundle` measures their size; a check on one language is paired with its counterpart
 * in the other, so a test that found nothing because it looked at nothing would fail.
 */
const baseURL = inject('baseURL');

const po = formatter({ explicitIdAsDefault: true });
const catalogue = (locale: string) =>
  po.parse(readFileSync(`src/components/i18n/locales/${locale}.po`, 'utf8'), {
    locale,
    sourceLocale: 'en',
    filename: `${locale}.po`,
  }) as Record<string, { translation?: string }>;
const enMessages = catalogue('en');
const cyMessages = catalogue('cy');

/** The app's code (not its catalogues): a message also written there names no catalogue. */
const SOURCE = ['src', 'schemas']
  .flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
  )
  .join('\n')
  .replace(/\s+/g, ' ');

/** Long messages without placeholders whose two languages differ: each names its own catalogue. */
const distinct = Object.keys(enMessages).flatMap((id) => {
  const en = enMessages[id]?.translation ?? '';
  const cy = cyMessages[id]?.translation ?? '';
  const own = en.length >= 30 && cy.length >= 30 && en !== cy && !/[{}<]/.test(en + cy);
  return own && !SOURCE.includes(en) && !SOURCE.includes(cy) ? [{ en, cy }] : [];
});
const ENGLISH_MESSAGES = distinct.map((m) => m.en);
const WELSH_MESSAGES = distinct.map((m) => m.cy);

/** The built-in HCPC template's texts in each language (those that differ, long enough to be its own). */
const templateTexts = [...localTextsIn(hcpcEia201810Definition)]
  .map(({ text }) => text)
  .filter((t) => t.cy !== undefined && t.cy !== t.en && t.cy.length >= 30);
const WELSH_TEMPLATE_TEXTS = templateTexts.map((t) => t.cy!);
const ENGLISH_TEMPLATE_TEXTS = templateTexts.map((t) => t.en);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The text of every script the page fetches from now on, with `\uXXXX` escapes read as the letters. */
function collectScripts(page: Page): () => string {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    void response.body().then(
      (body) => bodies.push(body.toString('utf8')),
      () => undefined,
    );
  });
  return () =>
    bodies
      .join('\n')
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const found = (scripts: string, texts: readonly string[]) => texts.filter((t) => scripts.includes(t));

async function newContext(language: 'en' | 'cy'): Promise<BrowserContext> {
  // A service worker would serve later loads from its cache, out of the page's sight: none here.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (language === 'cy')
    await context.addInitScript(() => window.localStorage.setItem('eia-builder.language', 'cy'));
  return context;
}

/** The home page's first load (until the network is idle), and the address of the example it opens. */
async function homeThenExample(language: 'en' | 'cy') {
  const context = await newContext(language);
  const page = await context.newPage();
  const scripts = collectScripts(page);
  await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
  const openExample = page.getByRole('button', {
    name: language === 'cy' ? /enghraifft/i : 'Open the example',
  });
  await openExample.waitFor();
  const home = scripts();
  await openExample.click();
  await page.waitForURL(/#\/assessments\//);
  const address = page.url();
  await page.close();
  return { context, home, address };
}

async function openedByAddress(context: BrowserContext, address: string): Promise<string> {
  const page = await context.newPage();
  const scripts = collectScripts(page);
  await page.goto(address, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  const loaded = scripts();
  await page.close();
  return loaded;
}

describe('the first load', () => {
  it('has messages and template texts to look for', () => {
    expect(distinct.length).toBeGreaterThan(20);
    expect(templateTexts.length).toBeGreaterThan(20);
  });

  it('in English: the English catalogue only; the home page has no Welsh template texts and no zod', async () => {
    const { context, home, address } = await homeThenExample('en');
    expect(found(home, ENGLISH_MESSAGES).length).toBeGreaterThan(0);
    expect(found(home, WELSH_MESSAGES)).toEqual([]);
    expect(found(home, WELSH_TEMPLATE_TEXTS)).toEqual([]);
    expect(home).not.toMatch(/ZodError|\$ZodType/);

    const direct = await openedByAddress(context, address);
    expect(found(direct, ENGLISH_MESSAGES).length).toBeGreaterThan(0);
    expect(found(direct, WELSH_MESSAGES)).toEqual([]);
    // The assessment's template is loaded (its English texts).
    expect(found(direct, ENGLISH_TEMPLATE_TEXTS).length).toBeGreaterThan(0);
    // Its task list reads answers without zod, and shows no form: no react-hook-form either (an option
    // name only react-hook-form's code holds). A section opened by its address loads the form, still no zod.
    expect(direct).not.toMatch(/ZodError|\$ZodType/);
    expect(direct).not.toMatch(/criteriaMode/);
    const section = await openedByAddress(context, address.replace(/\/?$/, '/sections/overview'));
    expect(section).toMatch(/criteriaMode/);
    expect(section).not.toMatch(/ZodError|\$ZodType/);
    await context.close();
  });

  it('in Welsh: the Welsh catalogue only', async () => {
    const { context, home, address } = await homeThenExample('cy');
    expect(found(home, WELSH_MESSAGES).length).toBeGreaterThan(0);
    expect(found(home, ENGLISH_MESSAGES)).toEqual([]);

    const direct = await openedByAddress(context, address);
    expect(found(direct, WELSH_MESSAGES).length).toBeGreaterThan(0);
    expect(found(direct, ENGLISH_MESSAGES)).toEqual([]);
    await context.close();
  });
});
