import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { assertProductionBuild } from './production-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));
let server: PreviewServer | undefined;

/**
 * Builds the app once (unless E2E_SKIP_BUILD=1 and dist/ exists) and serves it with `vite preview` on a free
 * loopback port for the whole browser suite.
 */
export async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    // Vitest sets NODE_ENV=test, and `vite build` would inherit it and bundle React's development build
    // (StrictMode's double effects, dev-only warnings, 40% more code): the suite must test what ships.
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  assertProductionBuild(`${root}dist`);
  server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL.');
  project.provide('baseURL', url.replace(/\/$/, ''));
}

export async function teardown() {
  await server?.close();
}
