import path from 'node:path';
import { getConfig } from '@lingui/conf';
import {
  createCompilationErrorMessage,
  createCompiledCatalog,
  getCatalogForFile,
  getCatalogs,
  getCatalogDependentFiles,
} from '@lingui/cli/api';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import { areaOf } from '../src/components/i18n/message-areas.ts';

/**
 * One part of a PO catalogue: `import('./locales/en.po?area=designer')` is the messages of en.po whose ids
 * belong to the `designer` area, `?area=main` every other message (src/components/i18n/message-areas.ts).
 * Compiled exactly as @lingui/vite-plugin compiles a whole catalogue (lingui.config.ts: fallback to English,
 * no message parser in the browser), then filtered; the translators keep one PO file per language.
 */
const AREA_QUERY = /\.po\?(?:.*&)?area=([a-z]+)(?:&|$)/;

/** The compiled messages of `file` (a PO catalogue of lingui.config.ts) that belong to `area`, as an ES module. */
export async function compileCataloguePart(
  file: string,
  area: string,
  watch: (dependency: string) => void = () => undefined,
): Promise<string> {
  const config = getConfig();
  const found = getCatalogForFile(
    path.relative(config.rootDir ?? process.cwd(), file),
    await getCatalogs(config),
  );
  if (!found) throw new Error(`${file} is not one of the catalogues of lingui.config.ts.`);
  const { locale, catalog } = found;
  for (const dependency of await getCatalogDependentFiles(catalog, locale)) watch(dependency);
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
  return source;
}

export function catalogueAreas(): Plugin {
  return {
    name: 'eia:catalogue-areas',
    enforce: 'pre',
    async transform(_source, id) {
      const match = AREA_QUERY.exec(id);
      if (!match) return null;
      const code = await compileCataloguePart(id.split('?')[0]!, match[1]!, (d) => this.addWatchFile(d));
      return { code, map: null, moduleType: 'js' };
    },
  };
}

/**
 * The same parts for esbuild (the review bench bundles the overview page on its own with esbuild): without
 * it, esbuild has no loader for `.po?area=…` and the bundle fails.
 */
export function catalogueAreasForEsbuild(): EsbuildPlugin {
  return {
    name: 'eia:catalogue-areas',
    setup(build) {
      build.onResolve({ filter: AREA_QUERY }, (args) => ({
        path: path.resolve(args.resolveDir, args.path),
        namespace: 'eia-catalogue-area',
      }));
      build.onLoad({ filter: /.*/, namespace: 'eia-catalogue-area' }, async (args) => {
        const area = AREA_QUERY.exec(args.path)![1]!;
        return { contents: await compileCataloguePart(args.path.split('?')[0]!, area), loader: 'js' };
      });
    },
  };
}
