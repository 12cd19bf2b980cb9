import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

// The real-browser suite: Debian's Chromium driven by playwright-core against `vite preview` of a
// production build, with real IndexedDB. One file at a time (2 cores; each file owns a browser).
export default defineConfig({
  // The tests may build files with the app's own code (e.g. an HTML appendix to open on its own).
  resolve: {
    alias: {
      '@schemas': fileURLToPath(new URL('./schemas', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // What a test polls for (a page's first load, a save) is not a speed target: those live in
    // `npm run bench`. Vitest's default of 1 s failed a second tab's first load of a section page on a busy
    // 2-core CI machine (drafts.test.ts), so a poll waits up to 10 s; a passing test waits no longer.
    expect: { poll: { timeout: 10_000 } },
  },
});
