// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * DESIGN.md §4: files and folders are kebab-case (components are PascalCase inside the file). The app shell's
 * three entry components (src/app/App.tsx, AppRoutes.tsx, Layout.tsx) are the agreed exception.
 */
const EXCEPTIONS = new Set([
  'src/app/App.tsx',
  'src/app/AppRoutes.tsx',
  'src/app/Layout.tsx',
  'README.md',
  'DESIGN.md',
]);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/;

describe('file names', () => {
  it('are kebab-case across schemas, src, tests and scripts', () => {
    const files = execFileSync(
      'git',
      ['ls-files', '--cached', '--others', '--exclude-standard', 'schemas', 'src', 'tests', 'scripts'],
      {
        encoding: 'utf8',
      },
    )
      .split('\n')
      .filter(Boolean);
    const offenders = files.filter(
      (file) =>
        !EXCEPTIONS.has(file.split('/').pop() ?? '') && !file.split('/').every((part) => KEBAB.test(part)),
    );
    expect(offenders).toEqual([]);
  });
});
