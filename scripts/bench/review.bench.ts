import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { catalogueAreasForEsbuild } from '../catalogue-areas.ts';
import { compile } from 'sass';
import { currentTemplate } from '@schemas/templates/index.ts';
import { summariseAssessment, type AssessmentSummary } from '@/domain/assessment-summary.ts';
import { findingsFor } from '@/domain/findings/index.ts';
import { createAssessment, createExampleAssessment } from '@/domain/new-assessment.ts';
import { buildOverview } from '@/domain/overview.ts';
import { overviewCsv } from '@/domain/overview-csv.ts';
import type { BenchContext, Figure } from './types.ts';

/**
 * Review figures. In Node: the findings for one assessment (the seed), a summary row (runs on every
 * save), and the overview model plus its CSV for 1,000 assessments. In Chromium: time from navigation
 * to the painted first screen of the overview page with 1,000 summaries (page bundled on its own with
 * esbuild and the app's GOV.UK styles, since the overview route is wired by the app).
 */
export default async function review(ctx: BenchContext): Promise<Figure[]> {
  const seed = createExampleAssessment({ id: 'bench-seed', now: new Date('2019-09-01T09:00:00Z') });
  const today = new Date();
  const findingsMs = median(() => findingsFor(seed, currentTemplate, { today }), 2000);
  const summaryMs = median(() => summariseAssessment(seed, { today }), 2000);

  const summaries = thousandSummaries();
  const overviewMs = median(
    () => buildOverview(summaries, currentTemplate, { filter: 'needs-attention' }),
    50,
  );
  const csvMs = median(() => overviewCsv(buildOverview(summaries, currentTemplate)), 50);

  const chromium = await overviewFirstScreen(ctx, summaries);
  return [
    { name: 'findings for one assessment (seed, Node)', value: findingsMs, unit: 'ms', target: 5 },
    { name: 'summary row incl. findings (seed, Node, every save)', value: summaryMs, unit: 'ms', target: 5 },
    { name: 'overview model, 1,000 assessments (Node)', value: overviewMs, unit: 'ms', target: 50 },
    { name: 'overview CSV, 1,000 assessments (Node)', value: csvMs, unit: 'ms', target: 100 },
    {
      name: 'overview first screen, 1,000 assessments (Chromium)',
      value: chromium.total,
      unit: 'ms',
      target: 500,
      note: 'navigation start to the painted table of the first 50 rows (the grid below follows), page, GOV.UK CSS and script as files; summaries fetched as JSON, not read from IndexedDB',
    },
    {
      name: 'overview render, 1,000 assessments (Chromium)',
      value: chromium.render,
      unit: 'ms',
      target: 200,
      note: 'from the summaries being in hand to the painted first screen: the overview’s own cost',
    },
  ];
}

function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(50, runs); i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** 1,000 summaries from real assessments: the seed and empty drafts, with varied titles and dates. */
function thousandSummaries(): AssessmentSummary[] {
  const seed = summariseAssessment(createExampleAssessment({ id: 'seed' }));
  const empty = summariseAssessment(createAssessment({ id: 'empty' }));
  const statuses = ['draft', 'ready-for-review', 'returned', 'agreed'] as const;
  return Array.from({ length: 1000 }, (_, i) => ({
    ...(i % 3 === 0 ? empty : seed),
    id: `a${i}`,
    title: `Assessment ${i}: ${seed.title}`,
    status: statuses[i % 4]!,
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  }));
}

async function overviewFirstScreen(
  ctx: BenchContext,
  summaries: AssessmentSummary[],
): Promise<{ total: number; render: number }> {
  const bundle = await build({
    entryPoints: [`${ctx.root}scripts/bench/review-overview-page.tsx`],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    loader: { '.scss': 'empty' },
    plugins: [catalogueAreasForEsbuild()],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: `${ctx.root}tsconfig.json`,
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]!.text;
  const css = ['src/app/styles.scss', 'src/features/overview/overview.scss']
    .map(
      (file) =>
        compile(`${ctx.root}${file}`, { loadPaths: [`${ctx.root}node_modules`], quietDeps: true }).css,
    )
    .join('\n');
  // Served as the app is: page, stylesheet and script as separate files; the summaries fetched as JSON
  // (standing in for storage's read of the summary rows).
  const files: Record<string, { type: string; body: string }> = {
    '/': {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><link rel="stylesheet" href="/app.css"><script type="module" src="/app.js"></script></head><body class="govuk-template__body"><div id="root"></div></body></html>`,
    },
    '/app.css': { type: 'text/css', body: css },
    '/app.js': { type: 'text/javascript', body: js },
    '/summaries.json': { type: 'application/json', body: JSON.stringify(summaries) },
  };

  // A plain loopback server, so the timings are the browser's and not a request interceptor's.
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    res.end(file?.body ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await ctx.browser();
  const totals: number[] = [];
  const renders: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const page = await browser.newPage();
    // Served from a route, so performance.now() counts from this navigation's start.
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__overviewFirstScreen !== undefined);
    const [total, start] = await page.evaluate(() => [
      window.__overviewFirstScreen!,
      performance.getEntriesByName('overview-data-ready')[0]!.startTime,
    ]);
    totals.push(total!);
    renders.push(total! - start!);
    await page.close();
  }
  await new Promise((done) => server.close(done));
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { total: mid(totals), render: mid(renders) };
}
