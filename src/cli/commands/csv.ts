import { resolve } from 'node:path';
import { currentTemplate } from '@schemas/templates/index.ts';
import { summariseAssessment, type AssessmentSummary } from '@/domain/assessment-summary.ts';
import { buildOverview } from '@/domain/overview.ts';
import { overviewCsv } from '@/domain/overview-csv.ts';
import { parseArgs } from '../args.ts';
import { usageError, type Command } from '../command.ts';
import { readInputs } from '../inputs.ts';
import { EXIT } from '../io.ts';
import { displayPath, writeAtomically } from '../output-files.ts';
import { progress } from '../progress.ts';

export const csvCommand: Command = {
  name: 'csv',
  summary: 'the overview CSV (one row per assessment) for a folder of files',
  usage: 'eia csv <file.eia.json>... [--out overview.csv]',
  help: `Usage: eia csv <file.eia.json>... [--out overview.csv]

Makes the overview as a CSV file for Excel, exactly as "Download CSV" on EIA Builder's
Overview page does: one row per assessment (title, status, revision, assessor, sections
completed, missing, to look at, open comments, last edited) and a column per equality
group (answered, weak or missing), newest first.

  <file.eia.json>...    One or more files exported from EIA Builder, or PDFs exported by it.
  --out overview.csv    The file to write (replaced if it exists). Without --out, the CSV
                        is written to standard output.
  -h, --help            Show this help.

Exit status: 0 when every file was used; 1 when a file could not be used (the message
says which and why; the CSV holds the others); 2 when the command is wrong.

Example:
  npx eia csv returned/*.eia.json --out overview.csv
`,
  async run(argv, io) {
    const args = parseArgs(argv, { values: { 'csv-out': ['--out', '-o'] } });
    if ('error' in args) return usageError(io, 'csv', args.error);
    if (args.files.length === 0)
      return usageError(
        io,
        'csv',
        'Name at least one .eia.json file: eia csv <file.eia.json>... --out overview.csv',
      );
    const today = io.now?.() ?? new Date();
    const bar = progress(io, args.files.length);
    const summaries: AssessmentSummary[] = [];
    let failed = false;
    for await (const input of readInputs(args.files, io, bar)) {
      if ('problems' in input) {
        for (const problem of input.problems) bar.stderr(`${problem}\n`);
        failed = true;
        continue;
      }
      for (const assessment of input.assessments) summaries.push(summariseAssessment(assessment, { today }));
    }
    const csv = overviewCsv(buildOverview(summaries, currentTemplate));
    const out = args.values['csv-out'];
    if (out === undefined) {
      io.stdout(csv);
    } else {
      const target = resolve(io.cwd, out);
      try {
        await writeAtomically(target, csv);
      } catch (error) {
        io.stderr(
          `eia: ${out} could not be written (${(error as Error).message}). Choose another --out file.\n`,
        );
        return EXIT.problem;
      }
      io.stdout(
        `Wrote ${displayPath(io.cwd, target)} (${summaries.length} assessment${summaries.length === 1 ? '' : 's'})\n`,
      );
    }
    return failed ? EXIT.problem : EXIT.ok;
  },
};
