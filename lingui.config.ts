import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * The interface's message catalogues (src/components/i18n/locales/{en,cy}.po), compiled to plain functions
 * at build time by @lingui/vite-plugin, so no message parser ships to the browser. Messages have explicit
 * ids (`library.title`): the code calls `_('library.title')`, translators work in the .po files.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'cy'],
  fallbackLocales: { default: 'en' },
  catalogs: [{ path: '<rootDir>/src/components/i18n/locales/{locale}', include: ['src'] }],
  format: formatter({ explicitIdAsDefault: true, lineNumbers: false }),
});
