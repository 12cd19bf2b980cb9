import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * The system's Chromium, for printing the accessible HTML appendix to a tagged PDF (`eia pdf
 * --accessible`). Found as the browser suite finds it: CHROMIUM_PATH (or CHROME_PATH), else `chromium`
 * (or chromium-browser, google-chrome) on PATH. Nothing is ever downloaded.
 */
export const CHROMIUM_MISSING = `eia pdf --accessible prints the accessible version with Chromium (or Google Chrome), and none was found.
Install it (Debian or Ubuntu: sudo apt-get install chromium; elsewhere: install Google Chrome or Chromium),
or set CHROMIUM_PATH to its program, e.g. CHROMIUM_PATH=/usr/bin/chromium npx eia pdf --accessible ...
Nothing was written. "eia pdf" without --accessible makes the committee PDF without Chromium.`;

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export class ChromiumMissingError extends Error {
  override name = 'ChromiumMissingError';
}

export function findChromium(env: Record<string, string | undefined>): string {
  const named = env.CHROMIUM_PATH ?? env.CHROME_PATH;
  if (named) {
    if (existsSync(named)) return named;
    throw new ChromiumMissingError(
      `CHROMIUM_PATH is set to ${named}, but there is no program there.\n${CHROMIUM_MISSING}`,
    );
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new ChromiumMissingError(CHROMIUM_MISSING);
}

export type Printer = {
  /** The HTML page as a tagged PDF (structure, document language, title, bookmarks from headings). */
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
};

/** Starts one headless Chromium for a whole batch; every request the page would make is refused. */
export async function openPrinter(env: Record<string, string | undefined>): Promise<Printer> {
  const executablePath = findChromium(env);
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  const context = await browser.newContext({ offline: true });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  return {
    async print(html) {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        tagged: true,
        outline: true,
        preferCSSPageSize: true,
        printBackground: true,
      });
      return new Uint8Array(pdf);
    },
    close: () => browser.close(),
  };
}
