import { join } from 'node:path';
import { unsupportedCharactersMessage } from '@/domain/pdf-view-model.ts';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import type { AppendixLanguage } from '@/domain/appendix-view-models.ts';
import { parseArgs } from '../args.ts';
import { LANGUAGE_HELP, languageOption } from '../language-option.ts';
import { ChromiumMissingError, openPrinter, type Printer } from '../chromium.ts';
import { usageError, type Command } from '../command.ts';
import { readInputs } from '../inputs.ts';
import { EXIT, type CliIo } from '../io.ts';
import { displayPath, makeOutDir, titleOf, uniqueName, writeAtomically } from '../output-files.ts';
import { progress } from '../progress.ts';

export const pdfCommand: Command = {
  name: 'pdf',
  summary: 'the committee PDF appendix (or, with --accessible, a tagged PDF) for each assessment',
  usage: 'eia pdf <file.eia.json>... [--out DIR] [--accessible] [--language en|cy|both]',
  help: `Usage: eia pdf <file.eia.json>... [--out DIR] [--accessible] [--language en|cy|both]

Makes the committee-ready PDF appendix for every assessment in the files, exactly as
"Download PDF" does in EIA Builder: cover, every section, page numbers, a DRAFT mark
until the assessment is agreed, and the assessment attached inside the PDF as data.

  <file.eia.json>...  One or more files exported from EIA Builder (a shell pattern such
                      as exports/*.eia.json works). A PDF exported by EIA Builder can be
                      given instead: its attached assessment is used. A file holding
                      several assessments gives one PDF for each.
  --out DIR           The folder to write the PDFs to (made if it does not exist).
                      Default: the current folder. A PDF of the same name is replaced.
  --accessible        Make the accessible (tagged) PDF instead: the accessible HTML
                      version printed by Chromium, with headings, paragraphs, lists,
                      tables, the document language and bookmarks a screen reader can
                      use. Named ...-accessible.pdf. Needs Chromium or Google Chrome
                      (found on PATH, or set CHROMIUM_PATH).
${LANGUAGE_HELP}
  -h, --help          Show this help.

PDFs are named from the appendix label, the title and the meeting date (or today),
for example appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf.
On a terminal, a batch of more than 3 files shows which file is in hand.

Exit status: 0 when every PDF was written; 1 when a file could not be used (the
message says which file and why; the other files are still done) or Chromium is
missing for --accessible; 2 when the command is wrong.

Example:
  npx eia pdf exports/*.eia.json --out papers/etc-2019-09-11
`,
  async run(argv, io) {
    const args = parseArgs(argv, {
      values: { out: ['--out', '-o'], language: ['--language'] },
      flags: { accessible: ['--accessible'] },
    });
    if ('error' in args) return usageError(io, 'pdf', args.error);
    const option = languageOption(args.values.language);
    if ('error' in option) return usageError(io, 'pdf', option.error);
    if (args.files.length === 0)
      return usageError(io, 'pdf', 'Name at least one .eia.json file: eia pdf <file.eia.json>...');
    let printer: Printer | null = null;
    if (args.flags.accessible) {
      try {
        printer = await openPrinter(io.env ?? process.env);
      } catch (error) {
        io.stderr(
          error instanceof ChromiumMissingError
            ? `${error.message}\n`
            : `eia: Chromium could not be started (${(error as Error).message}). Nothing was written.\n`,
        );
        return EXIT.problem;
      }
    }
    const outDir = await makeOutDir(io, args.values.out ?? '.');
    if (typeof outDir !== 'string') {
      await printer?.close();
      return usageError(io, 'pdf', outDir.error);
    }
    try {
      return await makePdfs(args.files, outDir, io, printer, option.language);
    } finally {
      await printer?.close();
    }
  },
};

async function makePdfs(
  files: string[],
  outDir: string,
  io: CliIo,
  printer: Printer | null,
  language: AppendixLanguage | undefined,
): Promise<number> {
  const bar = progress(io, files.length);
  let failed = false;
  const written = new Set<string>();
  for await (const input of readInputs(files, io, bar)) {
    if ('problems' in input) {
      for (const problem of input.problems) bar.stderr(`${problem}\n`);
      failed = true;
      continue;
    }
    for (const assessment of input.assessments) {
      const exportedAt = io.now?.() ?? new Date();
      try {
        let bytes: Uint8Array;
        let fileName: string;
        let unsupported: string[] = [];
        if (printer) {
          const html = buildAppendixHtml(assessment, { exportedAt, language });
          bytes = await printer.print(html.html);
          fileName = html.fileName.replace(/\.html$/, '-accessible.pdf');
        } else {
          // The PDF renderer loads only when a PDF is made (the other commands start faster without it).
          const { buildAppendixPdf } = await import('@/pdf/build-appendix-pdf.ts');
          const { nodeFontSource } = await import('@/pdf/font-source.node.ts');
          ({ bytes, fileName, unsupported } = await buildAppendixPdf(assessment, {
            exportedAt,
            fonts: nodeFontSource,
            language,
          }));
        }
        const target = join(outDir, uniqueName(fileName, written));
        await writeAtomically(target, bytes);
        bar.stdout(`Wrote ${displayPath(io.cwd, target)} (from ${input.file})\n`);
        if (unsupported.length)
          bar.stderr(`${displayPath(io.cwd, target)}: ${unsupportedCharactersMessage(unsupported)}\n`);
      } catch (error) {
        bar.stderr(
          `"${input.file}": the PDF for "${titleOf(assessment)}" could not be made (${(error as Error).message}).\n`,
        );
        failed = true;
      }
    }
  }
  return failed ? EXIT.problem : EXIT.ok;
}
