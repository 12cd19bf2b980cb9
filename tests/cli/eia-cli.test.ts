// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';
import { readEiaFile } from '@/storage/files/read-eia-file.ts';
import { buildAssessment, buildExampleAssessment } from '../builders.ts';
import { extractPdf } from '../pdf/pdf-text.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/eia.mjs');

type Run = { code: number; stdout: string; stderr: string };

/** Runs a command line as a user would, in `cwd`. */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      { cwd, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const eia = (args: string[], cwd: string) => run(process.execPath, [bin, ...args], cwd);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eia-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('eia (command line)', () => {
  it('explains itself with --help, through the package bin as `npx eia`', async () => {
    const result = await run('npx', ['--no-install', 'eia', '--help'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: eia pdf <file.eia.json>... [--out DIR]');
    expect(result.stdout).toContain('Exit status: 0');
  });

  it('refuses wrong usage with exit code 2 and says what to do', async () => {
    const none = await eia([], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Run "eia --help"');
    const unknown = await eia(['pdf', 'x.eia.json', '--colour'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown option "--colour"');
    const noFolder = await eia(['pdf', 'x.eia.json', '--out'], dir);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('--out needs a folder');
  });

  it('makes the same PDF as the app for a batch named by a shell pattern, one PDF per assessment', async () => {
    const example = buildExampleAssessment();
    const second = buildAssessment({ id: 'second', answers: { projectTitle: 'Fees review ŵ', age: '中' } });
    await writeFile(join(dir, 'example.eia.json'), serialiseEnvelope(buildEnvelope([example])));
    await writeFile(join(dir, 'second.eia.json'), serialiseEnvelope(buildEnvelope([second])));

    const result = await run('sh', ['-c', `"${process.execPath}" "${bin}" pdf *.eia.json --out papers`], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^papers\/appendix-b-fees-review-w-eia-\S+\.pdf: The PDF shows � in place of a character it cannot print \(中\)\./,
    );
    const written = (await readdir(join(dir, 'papers'))).sort();
    expect(written).toEqual([
      expect.stringMatching(/^appendix-b-fees-review-w-eia-\d{4}-\d{2}-\d{2}\.pdf$/),
      'appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf',
    ]);
    expect(result.stdout).toContain(
      'Wrote papers/appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf (from example.eia.json)',
    );

    const bytes = new Uint8Array(await readFile(join(dir, 'papers', written[1]!)));
    const pdf = await extractPdf(bytes);
    expect(pdf.info.Title).toBe('Appendix B: Social media guidance updates 2019');
    expect(pdf.pages[0]).toContain('Social media guidance updates 2019');
    const imported = await readEiaFile(written[1]!, bytes);
    expect(imported.ok && imported.assessments).toEqual([example]);
  });

  it('gives the app’s own message for a bad file, still does the good ones, and exits 1', async () => {
    const bad = '{"format": "eia-builder/assessments", "formatVersion": 1,';
    await writeFile(join(dir, 'bad.eia.json'), bad);
    await writeFile(join(dir, 'good.eia.json'), serialiseEnvelope(buildEnvelope([buildExampleAssessment()])));
    const result = await eia(['pdf', 'bad.eia.json', 'missing.eia.json', 'good.eia.json'], dir);
    expect(result.code).toBe(1);
    const expected = parseEiaText('bad.eia.json', bad);
    expect(expected.ok).toBe(false);
    if (!expected.ok) expect(result.stderr).toContain(expected.problems[0]);
    expect(result.stderr).toContain('"missing.eia.json" was not found. Check the file name and the folder.');
    expect(await readdir(dir)).toContain('appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf');
  });
});
