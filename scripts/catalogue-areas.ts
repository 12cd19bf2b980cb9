import path from 'node:path';
import { getConfig } from '@lingui/conf';
import {
  createCompilationErrorMessage,
  createCompiledCatalog,
  getCatalogForFile,
  getCatalogs,
  getCatalogDependentFiles,
} from '@lingui/cli/api';
import type { Plugin } from 'vite';
import { areaOf } from '../src/components/i18n/message-areas.ts';

/**
 * One part of a PO catalogue: `import('./locales/en.po?area=designer')` is the messages of en.po whose ids
 * belong to the `designer` area, `?area=main` every other message (src/components/i18n/message-areas.ts).
 * Compiled exactly as @lingui/vite-plugin compiles a whole catalogue (lingui.config.ts: fallback to English,
 * no message parser in the browser), then filtered; the translators keep one PO file per language.
 */
const AREA_QUERY = /\.po\?(?:.*&)?area=([a-z]+)(?:&|$)/;

export function catalogueAreas(): Plugin {
  const config = getConfig();
  return {
    name: 'eia:catalogue-areas',
    enforce: 'pre',
    async transform(_source, id) {
      const match = AREA_QUERY.exec(id);
      if (!match) return null;
      const area = match[1]!;
      const file = id.split('?')[0]!;
      const found = getCatalogForFile(
        path.relative(config.rootDir ?? process.cwd(), file),
        await getCatalogs(config),
      );
      if (!found) throw new Error(`${file} is not one of the catalogues of lingui.config.ts.`);
      const { locale, catalog } = found;
      for (const dependency of await getCatalogDependentFiles(catalog, locale)) this.addWatchFile(dependency);
      const { messages } = await catalog.getTranslations(locale, {
        fallbackLocales: config.fallbackLocales ?? {},
        sourceLocale: config.sourceLocale ?? 'en',
      });
      const part = Object.fromEntries(Object.entries(messages).filter(([key]) => areaOf(key) === area));
      const { source, errors } = createCompiledCatalog(locale, part, {
        namespace: 'es',
        pseudoLocale: config.pseudoLocale,
      });
      if (errors.length) throw new Error(createCompilationErrorMessage(locale, errors));
      return { code: source, map: null, moduleType: 'js' };
    },
  };
}
