import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * The real browser for the e2e suite and the benchmarks: Debian's Chromium (`apt-get install -y chromium`)
 * or any Chrome/Chromium named by CHROMIUM_PATH. Nothing here downloads a browser.
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chrome or Chromium executable.',
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export type GuardedContext = {
  context: BrowserContext;
  /** Requests to any origin other than the app's own. Must stay empty. */
  foreignRequests: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  newPage(): Promise<Page>;
};

/**
 * A browser context that blocks and records every request to an origin other than the app's, so a test can
 * fail on it (nothing the app does may leave the machine).
 */
export async function guardedContext(
  browser: Browser,
  baseURL: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<GuardedContext> {
  const origin = new URL(baseURL).origin;
  const context = await browser.newContext({
    acceptDownloads: options.acceptDownloads ?? true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
      return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const watch = (page: Page) => {
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
  };
  context.on('page', watch);
  return { context, foreignRequests, pageErrors, newPage: () => context.newPage() };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
};

/**
 * Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on the page as it is now and returns a readable
 * list of violations (empty when the page passes). The app's CSP stays on: axe is evaluated through the
 * DevTools protocol, not injected as a script tag.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as AxeViolation[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('; ')}`,
  );
}
