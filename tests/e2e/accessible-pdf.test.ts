import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, createExampleAssessment } from '../../src/domain/new-assessment.ts';
import { buildEnvelope, serialiseEnvelope } from '../../src/storage/files/build-eia-file.ts';
import { chromiumPath } from './support/browser.ts';

/**
 * `eia pdf --accessible`: the accessible HTML version printed by the system Chromium to a tagged PDF.
 * Read back as a screen reader would get it: poppler says it is tagged, pdfjs-dist's structure tree has
 * the headings, paragraphs and lists in reading order and the document language, and every hard
 * character (Welsh letters, typographic quotes and dashes, currency) extracts exactly.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/eia.mjs');
export const HARD_CHARACTERS = 'ŵ ŷ Ŵ Ŷ â ê é ñ ø ß ‘ ’ “ ” – — £ €';

type Run = { code: number; stdout: string; stderr: string };
function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((done) => {
    execFile(command, args, { cwd, timeout: 120_000, env }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

type Node = { role?: string; lang?: string; children?: Node[] };

/** Every structure element's role, depth first (reading order), over all pages. */
async function structure(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const roles: string[] = [];
  const langs: string[] = [];
  let text = '';
  const walk = (node: Node) => {
    if (!node.role) return;
    roles.push(node.role);
    if (node.lang) langs.push(node.lang);
    node.children?.forEach(walk);
  };
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const tree = (await page.getStructTree()) as Node | null;
    if (tree) walk(tree);
    const content = await page.getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('') + '\n';
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { roles, langs, text, outline, info: info as Record<string, unknown> };
}

let dir: string;
beforeAll(async () => {
  chromiumPath();
  dir = await mkdtemp(join(tmpdir(), 'eia-tagged-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('eia pdf --accessible', () => {
  it('prints a tagged PDF with headings, paragraphs and lists in reading order, the language and bookmarks', async () => {
    const hard = createAssessment({ id: 'hard', now: new Date('2026-01-05T10:00:00Z') });
    hard.answers.projectTitle = 'Gwasanaethau Cymraeg ŵ ŷ';
    hard.answers.intendedOutcomes = `First paragraph: ${HARD_CHARACTERS}\n\n- one bullet\n- another bullet`;
    await writeFile(
      join(dir, 'example.eia.json'),
      serialiseEnvelope(buildEnvelope([createExampleAssessment()])),
    );
    await writeFile(join(dir, 'hard.eia.json'), serialiseEnvelope(buildEnvelope([hard])));

    const result = await run(
      process.execPath,
      [bin, 'pdf', '--accessible', 'hard.eia.json', 'example.eia.json', '--out', 'papers'],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const names = (await readdir(join(dir, 'papers'))).sort();
    expect(names).toEqual([
      expect.stringMatching(/^appendix-b-gwasanaethau-cymraeg-w-y-eia-\d{4}-\d{2}-\d{2}-accessible\.pdf$/),
      'appendix-b-social-media-guidance-updates-2019-eia-2019-09-11-accessible.pdf',
    ]);

    const example = join(dir, 'papers', names[1]!);
    const info = await run('pdfinfo', [example], dir);
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(info.stdout).toMatch(/^Title:\s+Appendix B: Social media guidance updates 2019$/m);
    expect(info.stdout).toMatch(/^Page size:.*\(A4\)$/m);

    const seed = await structure(new Uint8Array(await readFile(example)));
    expect(seed.langs).toContain('en-GB');
    const headings = seed.roles.filter((r) => /^H\d$/.test(r));
    expect(headings[0]).toBe('H1');
    expect(headings.filter((h) => h === 'H1')).toHaveLength(1);
    expect(headings.filter((h) => h === 'H2')).toHaveLength(6);
    expect(seed.roles.indexOf('H1')).toBeLessThan(seed.roles.indexOf('H2'));
    expect(seed.roles.filter((r) => r === 'P').length).toBeGreaterThan(20);
    expect(seed.outline).toContain('Social media guidance updates 2019');
    expect(seed.text).toContain('Section 6: Action plan');

    const hardPdf = await structure(new Uint8Array(await readFile(join(dir, 'papers', names[0]!))));
    const list = hardPdf.roles.indexOf('L');
    expect(list).toBeGreaterThan(0);
    expect(hardPdf.roles.slice(list).filter((r) => r === 'LI')).toHaveLength(2);
    const firstHeadingAfter = hardPdf.roles.findIndex((r, i) => i > list && /^H\d$/.test(r));
    expect(hardPdf.roles.indexOf('H1')).toBeLessThan(list);
    expect(firstHeadingAfter).toBeGreaterThan(list);
    expect(hardPdf.text.replace(/\s+/g, ' ')).toContain(`First paragraph: ${HARD_CHARACTERS}`);
    const poppler = await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'papers', names[0]!), '-'], dir);
    expect(poppler.stdout.replace(/\s+/g, ' ')).toContain(`First paragraph: ${HARD_CHARACTERS}`);
  });

  it('gives a Welsh assessment a tagged PDF whose document language is Welsh (cy)', async () => {
    const welsh = { ...createExampleAssessment(), id: 'welsh', language: 'cy' as const };
    await writeFile(join(dir, 'welsh.eia.json'), serialiseEnvelope(buildEnvelope([welsh])));
    const result = await run(
      process.execPath,
      [bin, 'pdf', '--accessible', 'welsh.eia.json', '--out', 'cy'],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [name] = await readdir(join(dir, 'cy'));
    const info = await run('pdfinfo', [join(dir, 'cy', name!)], dir);
    expect(info.stdout).toMatch(/^Tagged:\s+yes$/m);
    const tagged = await structure(new Uint8Array(await readFile(join(dir, 'cy', name!))));
    expect(tagged.langs).toContain('cy');
    expect(tagged.langs).not.toContain('en-GB');
    expect(tagged.text.replace(/\s+/g, ' ')).toContain('Adran 3: Dadansoddiad fesul grŵp cydraddoldeb');
  });

  it('says how to install Chromium when there is none, and writes nothing', async () => {
    await writeFile(join(dir, 'one.eia.json'), serialiseEnvelope(buildEnvelope([createExampleAssessment()])));
    const { CHROMIUM_PATH: _a, CHROME_PATH: _b, ...env } = process.env;
    const result = await run(
      process.execPath,
      [bin, 'pdf', '--accessible', 'one.eia.json', '--out', 'none'],
      dir,
      {
        ...env,
        PATH: '/nonexistent',
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('none was found');
    expect(result.stderr).toContain('sudo apt-get install chromium');
    expect(result.stderr).toContain('CHROMIUM_PATH');
    expect(await readdir(dir)).not.toContain('none');
  });
});
