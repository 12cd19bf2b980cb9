// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentTemplate } from '@schemas/templates/index.ts';
import { summariseAssessment } from '@/domain/assessment-summary.ts';
import { findingsFor } from '@/domain/findings/index.ts';
import { buildOverview } from '@/domain/overview.ts';
import { answersLongCsv, answersWideCsv } from '@/domain/answers-csv.ts';
import { overviewCsv } from '@/domain/overview-csv.ts';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';
import { readEiaFile } from '@/storage/files/read-eia-file.ts';
import { buildAssessment, buildCompleteAnswers, buildExampleAssessment } from '../builders.ts';
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
      { cwd, timeout: 110_000, env: { ...process.env, NO_COLOR: '1' } },
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

// Each test spawns the command (a few seconds each on a busy machine).
describe('eia (command line)', { timeout: 120_000 }, () => {
  it('explains itself with --help, through the package bin as `npx eia`', async () => {
    const result = await run('npx', ['--no-install', 'eia', '--help'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: eia <command> <file.eia.json>... [options]');
    for (const usage of [
      'eia pdf <file.eia.json>... [--out DIR] [--accessible]',
      'eia html <file.eia.json>... [--out DIR]',
      'eia check <file.eia.json>... [--json]',
      'eia csv <file.eia.json>... [--out overview.csv]',
    ])
      expect(result.stdout).toContain(usage);
    expect(result.stdout).toContain('Exit status: 0');
  });

  it('explains each command with --help (and `eia help <command>`), exit 0', async () => {
    for (const command of ['pdf', 'html', 'check', 'csv']) {
      const result = await eia([command, '--help'], dir);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: eia ${command} <file\\.eia\\.json>\\.\\.\\.`));
      expect(result.stdout).toContain('Exit status: 0');
      if (command === 'check') expect((await eia(['help', command], dir)).stdout).toBe(result.stdout);
    }
    const unknown = await eia(['publish', 'x.eia.json'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "publish". The commands are: pdf, html, check, csv.');
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
    const noFiles = await eia(['check', '--json'], dir);
    expect(noFiles.code).toBe(2);
    expect(noFiles.stderr).toContain('Name at least one .eia.json file');
    expect(noFiles.stderr).toContain('Run "eia check --help"');
    const noCsvFile = await eia(['csv', 'x.eia.json', '--out'], dir);
    expect(noCsvFile.code).toBe(2);
    expect(noCsvFile.stderr).toContain('--out needs a file name, e.g. --out overview.csv');
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

describe('eia html, check and csv', { timeout: 120_000 }, () => {
  const complete = () =>
    buildAssessment({ id: 'complete', answers: buildCompleteAnswers(), status: 'ready-for-review' });
  async function folder() {
    await writeFile(
      join(dir, 'example.eia.json'),
      serialiseEnvelope(buildEnvelope([buildExampleAssessment()])),
    );
    await writeFile(
      join(dir, 'empty.eia.json'),
      serialiseEnvelope(buildEnvelope([buildAssessment({ id: 'empty' })])),
    );
    await writeFile(join(dir, 'complete.eia.json'), serialiseEnvelope(buildEnvelope([complete()])));
  }

  it('eia html writes the same accessible version as the app', async () => {
    await folder();
    const result = await eia(['html', 'example.eia.json', '--out', 'web'], dir);
    expect(result.code).toBe(0);
    const name = 'appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.html';
    expect(result.stdout).toBe(`Wrote web/${name} (from example.eia.json)\n`);
    const html = await readFile(join(dir, 'web', name), 'utf8');
    const expected = buildAppendixHtml(buildExampleAssessment(), { exportedAt: new Date() }).html;
    const withoutDate = (text: string) =>
      text.replace(/Exported \d+ \w+ \d{4}/g, '').replace(/content="\d{4}-[^"]+"/, '');
    expect(withoutDate(html)).toBe(withoutDate(expected));
  });

  it('eia check prints the review findings per assessment and exits 1 when anything is missing', async () => {
    await folder();
    const result = await eia(['check', 'example.eia.json', 'empty.eia.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'example.eia.json: Social media guidance updates 2019 (Draft)\n  16 to look at\n',
    );
    expect(result.stdout).toContain('empty.eia.json: Untitled assessment (Draft)\n  23 missing\n');
    expect(result.stdout).toContain(
      '  Missing: Project / policy title: Not answered\n    Enter the project or policy title.\n',
    );
    expect(result.stdout).toContain(
      '  To look at: Other identified groups: “n/a” does not answer the question\n',
    );
    expect(result.stdout).toMatch(
      /Checked 2 assessments: 1 with something missing, 1 with only things to look at\.\n$/,
    );

    const weakOnly = await eia(['check', 'example.eia.json'], dir);
    expect(weakOnly.code).toBe(0);
  });

  it('eia check --json gives the findings as data, the same as the app computes', async () => {
    await folder();
    const result = await eia(
      ['check', '--json', 'empty.eia.json', 'complete.eia.json', 'missing.eia.json'],
      dir,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      assessments: Array<{ file: string; title: string; missing: number; weak: number; findings: unknown[] }>;
      problems: Array<{ file: string; message: string }>;
    };
    expect(report.problems).toEqual([
      {
        file: 'missing.eia.json',
        message: '"missing.eia.json" was not found. Check the file name and the folder.',
      },
    ]);
    const empty = buildAssessment({ id: 'empty' });
    expect(report.assessments[0]).toMatchObject({
      file: 'empty.eia.json',
      title: 'Untitled assessment',
      missing: 23,
    });
    expect(report.assessments[0]!.findings).toEqual(
      findingsFor(empty, currentTemplate, { today: new Date() }),
    );
    expect(report.assessments[1]).toMatchObject({ file: 'complete.eia.json', missing: 0 });
    expect(result.stderr).toBe('');
  });

  it('eia csv writes the overview CSV identical to the app’s', async () => {
    await folder();
    const result = await eia(
      ['csv', 'example.eia.json', 'empty.eia.json', 'complete.eia.json', '--out', 'overview.csv'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote overview.csv (3 assessments)\n');
    const csv = await readFile(join(dir, 'overview.csv'), 'utf8');
    const today = new Date();
    const expected = overviewCsv(
      buildOverview(
        [buildExampleAssessment(), buildAssessment({ id: 'empty' }), complete()].map((a) =>
          summariseAssessment(a, { today }),
        ),
        currentTemplate,
      ),
    );
    expect(csv).toBe(expected);
    const piped = await eia(['csv', 'empty.eia.json'], dir);
    expect(piped.stdout).toBe(
      overviewCsv(
        buildOverview([summariseAssessment(buildAssessment({ id: 'empty' }), { today })], currentTemplate),
      ),
    );
  });

  it('eia csv --answers long / wide writes every answer as the Overview page does', async () => {
    await folder();
    const files = ['example.eia.json', 'empty.eia.json', 'complete.eia.json'];
    const all = [buildExampleAssessment(), buildAssessment({ id: 'empty' }), complete()];
    const long = await eia(['csv', ...files, '--answers', 'long'], dir);
    expect(long.code).toBe(0);
    expect(long.stdout).toBe(answersLongCsv(all));
    const wide = await eia(
      ['csv', ...files, '--answers=wide', '--form', 'hcpc-eia@2018-10', '--out', 'a.csv'],
      dir,
    );
    expect(wide.stdout).toBe('Wrote a.csv (3 assessments)\n');
    expect(await readFile(join(dir, 'a.csv'), 'utf8')).toBe(answersWideCsv(all, currentTemplate));
    const wrong = await eia(['csv', ...files, '--answers', 'tall'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--answers is long or wide, not "tall".');
    const noForm = await eia(['csv', ...files, '--answers', 'wide', '--form', 'acme@1'], dir);
    expect(noForm.code).toBe(1);
    expect(noForm.stderr).toContain('no file holds an assessment on the form "acme@1"');
  });

  it('shows progress (count and file) on a terminal for a batch, and nothing when piped', async () => {
    const names: string[] = [];
    for (let i = 1; i <= 5; i += 1) {
      const name = `batch-${i}.eia.json`;
      names.push(name);
      await writeFile(join(dir, name), serialiseEnvelope(buildEnvelope([buildAssessment({ id: `b${i}` })])));
    }
    const piped = await eia(['check', ...names], dir);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toContain('[1/5]');
    // `script` gives the command a terminal, as a person typing it would have.
    const command = [process.execPath, bin, 'html', ...names, '--out', 'web'].map((a) => `'${a}'`).join(' ');
    const tty = await run('script', ['-qec', command, '/dev/null'], dir);
    expect(tty.code).toBe(0);
    for (let i = 1; i <= 5; i += 1) expect(tty.stdout).toContain(`[${i}/5] batch-${i}.eia.json`);
    expect(tty.stdout).toContain('Wrote web/');
  });
});
