import { fileURLToPath, URL } from 'node:url';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { catalogueAreas } from './scripts/catalogue-areas.ts';

// Unit and component tests (jsdom / node). The real-browser suite lives in tests/e2e and runs with
// `npm run test:e2e`, not here.
export default defineConfig({
  plugins: [react(), catalogueAreas(), lingui()],
  resolve: {
    alias: {
      '@schemas': fileURLToPath(new URL('./schemas', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['tests/support/react-render-log.ts', 'tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
});
