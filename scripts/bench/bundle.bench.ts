import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BenchContext, Figure } from './types.ts';

/**
 * The JavaScript the browser loads to show a first screen, gzipped as a server would send it, measured in
 * Chromium: every script response while the page loads. Two first screens: the home page (the library), and
 * an assessment's task list opened directly by its address. The PDF renderer must never be part of either:
 * loaded scripts are searched for react-pdf's code. Then what the service worker precaches on the first visit
 * (every file it lists in dist/sw.js, so the app works offline).
 */
export default async function bundle(ctx: BenchContext): Promise<Figure[]> {
  const browser = await ctx.browser();
  const context = await browser.newContext();

  const home = await context.newPage();
  const homeScripts = collectScripts(home);
  await home.goto(`${ctx.baseURL}/`, { waitUntil: 'networkidle' });
  await home.getByRole('button', { name: 'Open the example' }).waitFor();
  const homeFigures = measure(homeScripts.beforeNavigationAway());
  await home.getByRole('button', { name: 'Open the example' }).click();
  await home.waitForURL(/#\/assessments\//);
  const assessmentUrl = home.url();
  await home.close();

  const direct = await context.newPage();
  const directScripts = collectScripts(direct);
  await direct.goto(assessmentUrl, { waitUntil: 'networkidle' });
  await direct.getByRole('heading', { level: 1 }).waitFor();
  const directFigures = measure(directScripts.all());
  await context.close();
  printBreakdown('home page', homeFigures.chunks);
  printBreakdown('assessment opened by its address', directFigures.chunks);

  return [
    {
      name: 'initial JS of the home page, gzipped',
      value: homeFigures.gz / 1024,
      unit: 'KB',
      target: 170,
      note: `${homeFigures.count} scripts, ${Math.round(homeFigures.raw / 1024)} KB raw`,
    },
    {
      name: 'initial JS of an assessment opened by its address, gzipped',
      value: directFigures.gz / 1024,
      unit: 'KB',
      target: 170,
      note: `${directFigures.count} scripts, ${Math.round(directFigures.raw / 1024)} KB raw`,
    },
    {
      name: 'PDF renderer in either first screen (1 = yes)',
      value: homeFigures.pdf || directFigures.pdf ? 1 : 0,
      unit: '',
      target: 0.5,
    },
    {
      name: 'template designer code in either first screen (1 = yes)',
      value: homeFigures.designer || directFigures.designer ? 1 : 0,
      unit: '',
      target: 0.5,
    },
    ...precacheFigures(ctx.distDir),
  ];
}

/** The files dist/sw.js precaches (Workbox's precache list) and their size on disk. */
function precacheFigures(distDir: string): Figure[] {
  const sw = readFileSync(`${distDir}/sw.js`, 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
  if (urls.length === 0) throw new Error('dist/sw.js lists no precached files.');
  const bytes = urls.map((url) => statSync(`${distDir}/${url}`).size);
  const total = bytes.reduce((a, b) => a + b, 0);
  const of = (test: RegExp) =>
    urls.reduce((sum, url, i) => (test.test(url) ? sum + bytes[i]! : sum), 0) / 1024;
  return [
    {
      name: 'files the service worker precaches on the first visit',
      value: urls.length,
      unit: 'files',
      note: 'every file of the build except source maps',
    },
    {
      name: 'size of the precache, uncompressed',
      value: total / 1024,
      unit: 'KB',
      note: `PDF worker ${Math.round(of(/pdf\.worker/))} KB, PDF fonts ${Math.round(of(/\.woff$/))} KB, other JS ${Math.round(of(/\.js$/) - of(/pdf\.worker/))} KB, CSS ${Math.round(of(/\.css$/))} KB`,
    },
  ];
}

function collectScripts(page: Page) {
  const scripts = new Map<string, Buffer>();
  let frozen: Map<string, Buffer> | null = null;
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(response.url(), await response.body());
    } catch {
      /* a response without a body (redirect) */
    }
  });
  return {
    /** Scripts loaded until now (the home page before the user moves on). */
    beforeNavigationAway: () => (frozen ??= new Map(scripts)),
    all: () => scripts,
  };
}

/** Each script of a first screen and its gzipped size, largest first, so a change shows where it landed. */
function printBreakdown(screen: string, chunks: { name: string; gz: number }[]) {
  console.log(`  ${screen}, by script (gzipped):`);
  for (const chunk of [...chunks].sort((a, b) => b.gz - a.gz))
    console.log(`    ${(chunk.gz / 1024).toFixed(1).padStart(6)} KB  ${chunk.name}`);
}

function measure(scripts: Map<string, Buffer>) {
  let raw = 0;
  let gz = 0;
  let pdf = false;
  let designer = false;
  const chunks: { name: string; gz: number }[] = [];
  for (const [url, body] of scripts) {
    raw += body.length;
    const size = gzipSync(body, { level: 9 }).length;
    gz += size;
    chunks.push({ name: new URL(url).pathname.replace(/^\/assets\//, ''), gz: size });
    const text = body.toString('utf8');
    if (text.includes('@react-pdf') || text.includes('react-pdf.browser') || text.includes('PDFRenderer'))
      pdf = true;
    // The template designer's pages (src/features/templates) are lazy chunks: never in a first screen. Its
    // words are in the message catalogue (loaded first), so look for class names only its code carries.
    if (text.includes('app-designer-question') || text.includes('app-designer-add')) designer = true;
  }
  return { raw, gz, pdf, designer, chunks, count: scripts.size };
}
