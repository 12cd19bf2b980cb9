import { defineConfig } from 'vitest/config';

// The real-browser suite: Debian's Chromium driven by playwright-core against `vite preview` of a
// production build, with real IndexedDB. One file at a time (2 cores; each file owns a browser).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
