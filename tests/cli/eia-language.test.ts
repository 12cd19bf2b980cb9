// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { buildExampleAssessment } from '../builders.ts';
import { extractPdf } from '../pdf/pdf-text.ts';

const bin = join(fileURLToPath(new URL('../..', import.meta.url)), 'bin/eia.mjs');

type Run = { code: number; stdout: string; stderr: string };
const eia = (args: string[], cwd: string): Promise<Run> =>
  new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, timeout: 110_000 }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eia-language-'));
  await writeFile(
    join(dir, 'example.eia.json'),
    serialiseEnvelope(buildEnvelope([buildExampleAssessment()])),
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('eia pdf and eia html --language', { timeout: 120_000 }, () => {
  it('prints an English assessment in Welsh, or in both, when asked', async () => {
    const html = await eia(['html', 'example.eia.json', '--language', 'cy', '--out', 'web'], dir);
    expect(html.stderr).toBe('');
    expect(html.code).toBe(0);
    const [name] = await readdir(join(dir, 'web'));
    const page = await readFile(join(dir, 'web', name!), 'utf8');
    expect(page).toContain('<html lang="cy">');
    expect(page).toContain('Adran 3: Dadansoddiad fesul grŵp cydraddoldeb');

    const pdf = await eia(['pdf', 'example.eia.json', '--language', 'both', '--out', 'papers'], dir);
    expect(pdf.code).toBe(0);
    const [file] = await readdir(join(dir, 'papers'));
    const text = (await extractPdf(new Uint8Array(await readFile(join(dir, 'papers', file!))))).text;
    expect(text.indexOf('Oedran (yn cynnwys')).toBeGreaterThan(text.indexOf('Age (includes'));
  });

  it('refuses a language it does not know, says which it takes, and writes nothing', async () => {
    const result = await eia(['pdf', 'example.eia.json', '--language', 'fr', '--out', 'papers'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--language takes en (English), cy (Welsh) or both, not "fr".');
    expect(await readdir(dir)).toEqual(['example.eia.json']);
    const help = await eia(['html', '--help'], dir);
    expect(help.stdout).toContain('--language LANG');
  });
});
