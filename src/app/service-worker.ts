/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { getAppStorage } from '@/storage/app-storage.ts';
import { createAppUpdates } from './app-updates.ts';

/**
 * The app's service worker (built by vite-plugin-pwa, see vite.config.ts): registered once the page has
 * loaded, in production builds only (`npm run dev` registers none). See app-updates.ts for updates.
 */
export const appUpdates = createAppUpdates({
  register: registerSW,
  flush: () => getAppStorage().connection.flushAll(),
  reloadPage: () => window.location.reload(),
});
