import type { Plugin } from 'vite';

/**
 * Fewer, larger chunks for the first screens (issue 9: an assessment opened by its address must load
 * under 170 KB of gzipped JS). Left to itself the bundler makes one chunk per set of pages that share a
 * module: the assessment route loaded 56 scripts, most under 1 KB, each compressed on its own and each
 * named again in every page's preload list. Gzipped one by one they weighed about 15 KB more than together.
 *
 * This plugin reads the module graph once it is known (buildEnd) and groups, by what each first screen
 * needs through static imports only (dynamic imports stay lazy chunks of their own):
 * - `first-main`: what main.tsx needs (the shell, storage, Dexie), except React itself (the entry chunk);
 * - `first-shared`: what both the home page and the assessment route need, beyond main.tsx;
 * - `first-home` / `first-assessment`: what only one of them needs.
 * Any other page loads what it needs from these chunks and its own. The groups follow the imports, so no
 * list of files is kept by hand: a module a first screen stops importing leaves its group at the next build.
 */
const SCREENS = {
  home: '/src/features/library/library-page.tsx',
  assessment: '/src/app/assessment-route.tsx',
} as const;

type ModuleGraph = {
  getModuleIds: () => IterableIterator<string>;
  getModuleInfo: (id: string) => { importedIds: readonly string[] } | null;
};

export function firstScreenChunks() {
  const groups = new Map<string, string>();

  const plugin: Plugin = {
    name: 'eia:first-screen-chunks',
    apply: 'build',
    buildEnd() {
      groups.clear();
      const graph = this as unknown as ModuleGraph;
      const ids = [...graph.getModuleIds()];
      const closure = (suffix: string): Set<string> => {
        const seen = new Set<string>();
        const start = ids.find((id) => id.endsWith(suffix));
        const stack = start ? [start] : [];
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const main = closure('/src/main.tsx');
      const home = closure(SCREENS.home);
      const assessment = closure(SCREENS.assessment);
      for (const id of assessment) {
        if (!main.has(id)) groups.set(id, home.has(id) ? 'first-shared' : 'first-assessment');
      }
      for (const id of home) if (!main.has(id) && !groups.has(id)) groups.set(id, 'first-home');
      // React stays in the entry chunk; main.tsx itself and its stylesheet are the entry.
      for (const id of main) {
        const react = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id);
        if (!react && !id.endsWith('/src/main.tsx') && !/\.s?css$/.test(id)) groups.set(id, 'first-main');
      }
    },
  };

  /** For `build.rolldownOptions.output.codeSplitting`. */
  const codeSplitting = {
    // Only the modules of a group (their own imports keep their place), so no page gets another's code.
    includeDependenciesRecursively: false,
    groups: [
      {
        debugName: 'first screens',
        name: (id: string) => groups.get(id) ?? null,
        test: (id: string) => groups.has(id),
      },
    ],
  };

  return { plugin, codeSplitting };
}
