// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run dev` must never register a service worker: a worker left behind by a dev session would serve
 * stale files over every later code change. vite-plugin-pwa's devOptions are off, so in the dev server the
 * registration module is a no-op and the page links no manifest.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
});
afterAll(async () => {
  await server?.close();
});

describe('the dev server', () => {
  it('serves a registration module that registers no service worker', async () => {
    // The app's registration module, as the dev server sends it, names the virtual module it imports.
    const app = await server.transformRequest('/src/app/service-worker.ts');
    const imported = /from\s*["']([^"']*virtual:pwa-register)["']/.exec(app?.code ?? '')?.[1];
    expect(imported).toBeDefined();
    const result = await server.transformRequest(imported!);
    expect(result?.code).toContain('registerSW');
    expect(result?.code).not.toContain('serviceWorker');
    expect(result?.code).not.toContain('workbox-window');
  });

  it('links no web app manifest', async () => {
    const html = await server.transformIndexHtml('/', readFileSync(`${root}index.html`, 'utf8'));
    expect(html).not.toContain('rel="manifest"');
    expect(html).not.toContain('registerSW');
  });
});
