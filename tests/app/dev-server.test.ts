// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run dev` must never register a service worker: a worker left behind by a dev session would serve
 * stale files over every later code change. vite-plugin-pwa's devOptions are off, so the dev server links no
 * manifest and serves no worker script (and src/app/service-worker.ts registers only in production builds).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  origin = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
}, 30_000);
afterAll(async () => {
  await server?.close();
}, 30_000);

describe('the dev server', () => {
  it("serves no service worker script (neither the build's nor the plugin's dev worker)", async () => {
    for (const path of ['/sw.js', '/dev-sw.js?dev-sw']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.headers.get('content-type') ?? '').not.toMatch(/javascript/);
      expect(await response.text()).not.toContain('precacheAndRoute');
    }
  });

  it('links no web app manifest', async () => {
    const html = await server.transformIndexHtml('/', readFileSync(`${root}index.html`, 'utf8'));
    expect(html).not.toContain('rel="manifest"');
  });
});
