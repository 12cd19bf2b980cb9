import { join } from 'node:path';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import { parseArgs } from '../args.ts';
import { LANGUAGE_HELP, languageOption } from '../language-option.ts';
import { usageError, type Command } from '../command.ts';
import { readInputs } from '../inputs.ts';
import { EXIT } from '../io.ts';
import { displayPath, makeOutDir, titleOf, uniqueName, writeAtomically } from '../output-files.ts';
import { progress } from '../progress.ts';

export const htmlCommand: Command = {
  name: 'html',
  summary: 'the accessible HTML version of the appendix for each assessment',
  usage: 'eia html <file.eia.json>... [--out DIR] [--language en|cy|both]',
  help: `Usage: eia html <file.eia.json>... [--out DIR] [--language en|cy|both]

Makes the accessible version of the appendix for every assessment in the files, exactly as
"Download accessible version (HTML)" does in EIA Builder: one self-contained web page
(no script, nothing fetched) with real headings, lists and the document language, that
meets WCAG 2.2 AA and prints on A4. Publish it beside the committee PDF.

  <file.eia.json>...  One or more files exported from EIA Builder, or PDFs exported by it.
  --out DIR           The folder to write the .html files to (made if it does not exist).
                      Default: the current folder. A file of the same name is replaced.
${LANGUAGE_HELP}
  -h, --help          Show this help.

Exit status: 0 when every file was written; 1 when a file could not be used (the
others are still done); 2 when the command is wrong.

Example:
  npx eia html exports/*.eia.json --out papers/etc-2019-09-11
`,
  async run(argv, io) {
    const args = parseArgs(argv, { values: { out: ['--out', '-o'], language: ['--language'] } });
    if ('error' in args) return usageError(io, 'html', args.error);
    const option = languageOption(args.values.language);
    if ('error' in option) return usageError(io, 'html', option.error);
    if (args.files.length === 0)
      return usageError(io, 'html', 'Name at least one .eia.json file: eia html <file.eia.json>...');
    const outDir = await makeOutDir(io, args.values.out ?? '.');
    if (typeof outDir !== 'string') return usageError(io, 'html', outDir.error);
    const bar = progress(io, args.files.length);
    let failed = false;
    const written = new Set<string>();
    for await (const input of readInputs(args.files, io, bar)) {
      if ('problems' in input) {
        for (const problem of input.problems) bar.stderr(`${problem}\n`);
        failed = true;
        continue;
      }
      for (const assessment of input.assessments) {
        try {
          const { html, fileName } = buildAppendixHtml(assessment, {
            exportedAt: io.now?.() ?? new Date(),
            language: option.language,
          });
          const target = join(outDir, uniqueName(fileName, written));
          await writeAtomically(target, html);
          bar.stdout(`Wrote ${displayPath(io.cwd, target)} (from ${input.file})\n`);
        } catch (error) {
          bar.stderr(
            `"${input.file}": the HTML for "${titleOf(assessment)}" could not be made (${(error as Error).message}).\n`,
          );
          failed = true;
        }
      }
    }
    return failed ? EXIT.problem : EXIT.ok;
  },
};
