import { fileURLToPath, URL } from 'node:url';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogueAreas } from './scripts/catalogue-areas.ts';
import { firstScreenChunks } from './scripts/first-screen-chunks.ts';

/** The colour of the app's blue (the service navigation's top border, the icons): the browser's title bar. */
const THEME_COLOUR = '#1d70b8';

/** The first screens' modules in a few chunks, not dozens (scripts/first-screen-chunks.ts). */
const chunks = firstScreenChunks();

// The app is a static SPA: `vite build` writes dist/, which any static host (or `vite preview`) serves.
export default defineConfig({
  plugins: [
    react(),
    chunks.plugin,
    // The interface's PO catalogues, compiled at build time in parts (lingui.config.ts, src/components/i18n,
    // message-areas.ts: the designer's messages load with its pages only).
    catalogueAreas(),
    lingui(),
    // Installable and offline after the first visit: a web app manifest, and a Workbox service worker that
    // precaches every file of the build (app shell, every page chunk, the PDF chunk, its worker and fonts).
    // A new version waits until the user chooses "Reload" (src/app/service-worker.ts, update-banner.tsx).
    VitePWA({
      registerType: 'prompt',
      // The app registers the worker itself (src/app/service-worker.ts); no inline script (the CSP forbids it).
      injectRegister: false,
      // `npm run dev` never registers a worker, so no stale cache ever hides a code change.
      devOptions: { enabled: false },
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'EIA Builder',
        short_name: 'EIA Builder',
        description:
          'Write, review and publish Equality Impact Assessments. Your work stays in this browser.',
        lang: 'en-GB',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: '#ffffff',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything the app may ever load, so it works offline without having visited a page before.
        // Source maps are for developers and stay out.
        globPatterns: ['**/*.{html,js,css,woff,svg,png,webmanifest}'],
        // The PDF worker (react-pdf and its layout engine in one file) is about 1.8 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A new version waits for the user's "Reload": never swapped under a page that is open.
        skipWaiting: false,
        clientsClaim: false,
        sourcemap: false,
      },
    }),
  ],
  resolve: {
    alias: {
      '@schemas': fileURLToPath(new URL('./schemas', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  // `import { type X } from './m'` names only types, but with tsconfig's verbatimModuleSyntax the transform
  // keeps it as `import './m'`, which loads m and everything m imports: the home page loaded the file
  // checks that way. Drop imports that name only types (tsc still checks them as written).
  oxc: { typescript: { onlyRemoveTypeImports: false } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // govuk-frontend keeps two old-IE CSS hacks (`min-width: 0\0`) that lightningcss rejects; esbuild minifies them.
    cssMinify: 'esbuild',
    rolldownOptions: { output: { codeSplitting: chunks.codeSplitting } },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
