import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createExampleAssessment } from '@/domain/new-assessment.ts';
import { buildAppendixPdf } from '@/pdf/build-appendix-pdf.ts';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import type { BenchContext, Figure } from './types.ts';

/**
 * The PDF appendix: how long the full seed example takes to render (Node, and Chromium through the app's
 * own on-demand chunk and Web Worker), the longest task on the page's main thread while it renders, and
 * how much the PDF code weighs when it loads.
 */
const NODE_RUNS = 7;
const BROWSER_RUNS = 5;

export default async function pdf(ctx: BenchContext): Promise<Figure[]> {
  return [...(await nodeFigures()), ...(await browserFigures(ctx))];
}

async function nodeFigures(): Promise<Figure[]> {
  const assessment = createExampleAssessment({ id: 'bench', now: new Date('2019-09-01T09:00:00Z') });
  const times: number[] = [];
  for (let i = 0; i <= NODE_RUNS; i += 1) {
    const start = performance.now();
    await buildAppendixPdf(assessment, { exportedAt: new Date(), fonts: nodeFontSource });
    times.push(performance.now() - start);
  }
  const [cold = 0, ...warm] = times;
  return [
    {
      name: 'seed PDF render in Node (median)',
      value: median(warm),
      unit: 'ms',
      target: 1000,
      note: `${NODE_RUNS} runs after a first one of ${Math.round(cold)} ms (fonts loading); includes attaching the data`,
    },
  ];
}

async function browserFigures(ctx: BenchContext): Promise<Figure[]> {
  const chunk = readdirSync(`${ctx.distDir}/assets`).find((f) => /^export-pdf-.*\.js$/.test(f));
  if (!chunk) {
    throw new Error(
      'The build has no export-pdf chunk: DownloadPdfButton is not used anywhere in the app yet, so there is no PDF export to measure in Chromium.',
    );
  }
  const browser = await ctx.browser();
  const page = await browser.newPage();
  const loaded = new Map<string, number>();
  page.on('response', async (response) => {
    if (!/\/assets\/(pdf\.worker|export-pdf|noto-sans).*\.(js|woff)$/.test(response.url())) return;
    try {
      loaded.set(response.url(), (await response.body()).length);
    } catch {
      /* no body */
    }
  });
  await page.goto(`${ctx.baseURL}/`, { waitUntil: 'networkidle' });
  // Let the home page finish its own start-up work, so that the trace holds the exports' tasks only.
  await page.waitForTimeout(1000);

  const assessment = createExampleAssessment({ id: 'bench', now: new Date('2019-09-01T09:00:00Z') });
  const exportOnce = () =>
    page.evaluate(
      async ({ url, record }) => {
        const mod = (await import(/* @vite-ignore */ url)) as {
          exportPdf: (a: unknown) => Promise<{ blob: Blob }>;
        };
        const start = performance.now();
        const { blob } = await mod.exportPdf(record);
        return { ms: performance.now() - start, bytes: blob.size };
      },
      { url: `${ctx.baseURL}/assets/${chunk}`, record: assessment },
    );

  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const cold = await exportOnce();
  const warm: number[] = [];
  for (let i = 0; i < BROWSER_RUNS; i += 1) warm.push((await exportOnce()).ms);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  await page.close();

  let jsRaw = 0;
  let jsGz = 0;
  let fonts = 0;
  for (const url of loaded.keys()) {
    const body = readFileSync(`${ctx.distDir}/assets/${url.split('/assets/')[1]}`);
    if (url.endsWith('.js')) {
      jsRaw += body.length;
      jsGz += gzipSync(body, { level: 9 }).length;
    } else fonts += body.length;
  }

  return [
    {
      name: 'seed PDF render in Chromium (median)',
      value: median(warm),
      unit: 'ms',
      note: `${BROWSER_RUNS} exports in the Web Worker after a first one of ${Math.round(cold.ms)} ms (chunk and fonts loading); PDF ${Math.round(cold.bytes / 1024)} KB`,
    },
    {
      name: 'longest main-thread task during PDF exports',
      value: longestMainThreadTask(trace.traceEvents),
      unit: 'ms',
      target: 50,
      note: `Chromium trace over ${BROWSER_RUNS + 1} exports, the first one loading the chunk`,
    },
    {
      name: 'PDF code loaded on demand, gzipped',
      value: jsGz / 1024,
      unit: 'KB',
      note: `export-pdf + pdf.worker chunks, ${Math.round(jsRaw / 1024)} KB raw; plus ${Math.round(fonts / 1024)} KB of fonts`,
    },
  ];
}

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
};

/** The longest RunTask on a renderer's main thread (the page's own thread, not the worker). */
function longestMainThreadTask(events: TraceEvent[]): number {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) {
    if (e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`)) {
      longest = Math.max(longest, (e.dur ?? 0) / 1000);
    }
  }
  return longest;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
