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
  },
});
