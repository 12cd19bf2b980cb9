import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is a static SPA: `vite build` writes dist/, which any static host (or `vite preview`) serves.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@schemas': fileURLToPath(new URL('./schemas', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // govuk-frontend keeps two old-IE CSS hacks (`min-width: 0\0`) that lightningcss rejects; esbuild minifies them.
    cssMinify: 'esbuild',
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
