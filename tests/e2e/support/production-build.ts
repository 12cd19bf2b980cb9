import { readFileSync, readdirSync } from 'node:fs';

/** Fails when dist/ holds React's development build (e.g. built with NODE_ENV other than production). */
export function assertProductionBuild(distDir: string) {
  const scripts = readdirSync(`${distDir}/assets`).filter((f) => f.endsWith('.js'));
  const dev = scripts.filter((f) => readFileSync(`${distDir}/assets/${f}`, 'utf8').includes('jsxDEV'));
  if (dev.length > 0) {
    throw new Error(
      `dist/ holds React's development build (${dev.join(', ')}). Build with NODE_ENV=production: ` +
        'the browser suite and the benchmarks must measure what ships.',
    );
  }
}
