import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { assessmentTitle } from '@/domain/assessment-roles.ts';
import { basename, join, relative, resolve } from 'node:path';
import { unsupportedCharactersMessage } from '@/domain/pdf-view-model.ts';
import { buildAppendixPdf } from '@/pdf/build-appendix-pdf.ts';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { extractEmbeddedEiaJson } from '@/storage/files/pdf-attachment.ts';
import { readEiaFile } from '@/storage/files/read-eia-file.ts';

/**
 * `eia`: EIA Builder on the command line, for committee secretaries and automation. `eia pdf` makes the
 * same PDF as the app's "Download PDF", from .eia.json files, through the app's own file checks (so the
 * messages are the app's too). Exit codes: 0 done, 1 a file was refused (the others are still done),
 * 2 wrong usage.
 */

export const HELP = `Usage: eia pdf <file.eia.json>... [--out DIR]

Makes the committee-ready PDF appendix for every assessment in the files, exactly as
"Download PDF" does in EIA Builder: cover, every section, page numbers, a DRAFT mark
until the assessment is agreed, and the assessment attached inside the PDF as data.

  <file.eia.json>...  One or more files exported from EIA Builder (a shell pattern such
                      as exports/*.eia.json works). A PDF exported by EIA Builder can be
                      given instead: its attached assessment is used. A file holding
                      several assessments gives one PDF for each.
  --out DIR           The folder to write the PDFs to (made if it does not exist).
                      Default: the current folder. A PDF of the same name is replaced.
  -h, --help          Show this help.

PDFs are named from the appendix label, the title and the meeting date (or today),
for example appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf.

Exit status: 0 when every PDF was written; 1 when a file could not be used (the
message says which file and why; the other files are still done); 2 when the command
is wrong.

Example:
  npx eia pdf exports/*.eia.json --out papers/etc-2019-09-11
`;

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  now?: () => Date;
};

type Parsed = { command: 'help' } | { command: 'pdf'; files: string[]; out: string } | { error: string };

function parseArgs(argv: string[]): Parsed {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') {
    return argv.length === 0 ? { error: 'Say what to do: eia pdf <file.eia.json>...' } : { command: 'help' };
  }
  const [command, ...rest] = argv;
  if (command !== 'pdf')
    return { error: `Unknown command "${command}". The command is: eia pdf <file.eia.json>...` };
  const files: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (arg === '--out' || arg === '-o') {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('-'))
        return { error: `${arg} needs a folder, e.g. --out papers` };
      if (out !== undefined) return { error: 'Give --out only once.' };
      out = value;
      i += 1;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (!out) return { error: '--out needs a folder, e.g. --out papers' };
    } else if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `Unknown option "${arg}".` };
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) return { error: 'Name at least one .eia.json file: eia pdf <file.eia.json>...' };
  return { command: 'pdf', files, out: out ?? '.' };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    io.stderr(`eia: ${parsed.error}\nRun "eia --help" to see how to use it.\n`);
    return 2;
  }
  if (parsed.command === 'help') {
    io.stdout(HELP);
    return 0;
  }

  const outDir = resolve(io.cwd, parsed.out);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    io.stderr(
      `eia: the folder ${parsed.out} could not be made (${(error as Error).message}). Choose another --out folder.\n`,
    );
    return 2;
  }

  let failed = false;
  const written = new Set<string>();
  for (const file of parsed.files) {
    const path = resolve(io.cwd, file);
    const name = basename(path);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.stderr(
        code === 'ENOENT'
          ? `"${file}" was not found. Check the file name and the folder.\n`
          : code === 'EISDIR'
            ? `"${file}" is a folder. Name the .eia.json files in it, e.g. ${join(file, '*.eia.json')}\n`
            : `"${file}" could not be read (${(error as Error).message}).\n`,
      );
      failed = true;
      continue;
    }
    const result = await readEiaFile(name, bytes, { extractPdfAttachment: extractEmbeddedEiaJson });
    if (!result.ok) {
      for (const problem of result.problems) io.stderr(`${problem}\n`);
      failed = true;
      continue;
    }
    for (const assessment of result.assessments) {
      try {
        const pdf = await buildAppendixPdf(assessment, {
          exportedAt: io.now?.() ?? new Date(),
          fonts: nodeFontSource,
        });
        const target = join(outDir, uniqueName(pdf.fileName, written));
        await writeAtomically(target, pdf.bytes);
        io.stdout(`Wrote ${displayPath(io.cwd, target)} (from ${file})\n`);
        if (pdf.unsupported.length)
          io.stderr(`${displayPath(io.cwd, target)}: ${unsupportedCharactersMessage(pdf.unsupported)}\n`);
      } catch (error) {
        io.stderr(
          `"${file}": the PDF for "${assessmentTitle(assessment) || 'Untitled assessment'}" could not be made (${(error as Error).message}).\n`,
        );
        failed = true;
      }
    }
  }
  return failed ? 1 : 0;
}

/** Two assessments with the same label, title and date in one run get -2, -3… rather than overwrite each other. */
function uniqueName(fileName: string, written: Set<string>): string {
  let candidate = fileName;
  for (let n = 2; written.has(candidate); n += 1) candidate = fileName.replace(/\.pdf$/, `-${n}.pdf`);
  written.add(candidate);
  return candidate;
}

/** A PDF is either all there or not there: written beside the target, then renamed over it. */
async function writeAtomically(target: string, bytes: Uint8Array) {
  const partial = `${target}.partial`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** A path as short as it can be said: relative to where the command runs, unless it is elsewhere. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
