// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from 'sass';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function scssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scssFiles(path);
    return entry.name.endsWith('.scss') ? [path] : [];
  });
}

describe('the stylesheets', () => {
  // Sass and GOV.UK Frontend warn about what their next major version removes (a colour name, a
  // function): each warning is a build that will break on upgrade, so none may be left.
  it.each(scssFiles(join(root, 'src')).map((path) => relative(root, path)))(
    '%s compiles without a Sass or GOV.UK Frontend warning',
    (file) => {
      const warnings: string[] = [];
      compile(join(root, file), {
        loadPaths: [join(root, 'node_modules')],
        logger: {
          warn: (message, { deprecation, span }) =>
            warnings.push(`${deprecation ? 'deprecation: ' : ''}${message} (${span?.url?.pathname ?? ''})`),
          debug: () => {},
        },
      });
      expect(warnings).toEqual([]);
    },
  );
});
