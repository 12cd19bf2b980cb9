/**
 * `npm run bench`: performance and size figures, never timed tests. Builds the app, serves it with
 * `vite preview` on loopback, and runs every scripts/bench/*.bench.ts (or those named on the command line:
 * `npm run bench -- bundle storage`). Each bench returns figures with an optional target; the table marks a
 * figure over its target with ✗ but the run still exits 0 unless BENCH_STRICT=1. Results are also written to
 * bench-results/latest.json.
 *
 * Contract for a bench module: `export default async function bench(ctx: BenchContext): Promise<Figure[]>`.
 */
import './bench/production-react.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { preview } from 'vite';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { assertProductionBuild } from '../tests/e2e/support/production-build.ts';
import type { BenchContext, Figure } from './bench/types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
  // A NODE_ENV other than production in the caller's environment would bundle React's development build.
  env: { ...process.env, NODE_ENV: 'production' },
});
assertProductionBuild(`${root}dist`);
const server = await preview({
  root,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, open: false },
});
const baseURL = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');

let browser: Browser | undefined;
const ctx: BenchContext = {
  root,
  distDir: `${root}dist`,
  baseURL,
  browser: async () => (browser ??= await launchBrowser()),
};

const files = readdirSync(`${root}scripts/bench`)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const all: Array<Figure & { bench: string }> = [];
let failed = false;
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n== ${name}\n`);
  try {
    const mod = (await import(pathToFileURL(`${root}scripts/bench/${file}`).href)) as {
      default: (c: BenchContext) => Promise<Figure[]>;
    };
    for (const figure of await mod.default(ctx)) {
      all.push({ ...figure, bench: name });
      const over = figure.target !== undefined && figure.value > figure.target;
      if (over) failed = true;
      const target =
        figure.target !== undefined ? ` (target < ${figure.target} ${figure.unit}) ${over ? '✗' : '✓'}` : '';
      process.stdout.write(
        `${figure.name}: ${round(figure.value)} ${figure.unit}${target}${figure.note ? ` — ${figure.note}` : ''}\n`,
      );
    }
  } catch (error) {
    failed = true;
    process.stdout.write(`bench ${name} failed: ${(error as Error).stack ?? String(error)}\n`);
  }
}

await browser?.close();
await server.close();
mkdirSync(`${root}bench-results`, { recursive: true });
writeFileSync(
  `${root}bench-results/latest.json`,
  JSON.stringify({ at: new Date().toISOString(), figures: all }, null, 2),
);
process.stdout.write(`\n${all.length} figures written to bench-results/latest.json\n`);
process.exit(failed && process.env.BENCH_STRICT === '1' ? 1 : 0);

function round(n: number) {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}
