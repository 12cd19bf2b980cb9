import { resolve } from 'node:path';
import type { Assessment } from '@schemas/assessment.ts';
import { currentTemplate, findTemplate } from '@schemas/templates/index.ts';
import { answersLongCsv, answersWideCsv, templatesUsed } from '@/domain/answers-csv.ts';
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
  usage: 'eia csv <file.eia.json>... [--out overview.csv] [--answers long|wide [--form ID@VERSION]]',
  help: `Usage: eia csv <file.eia.json>... [--out overview.csv] [--answers long|wide [--form ID@VERSION]]

Makes the overview as a CSV file for Excel, exactly as "Download CSV" on EIA Builder's
Overview page does: one row per assessment (title, status, revision, assessor, sections
completed, missing, to look at, open comments, last edited) and a column per equality
group (answered, weak or missing), newest first.

  <file.eia.json>...    One or more files exported from EIA Builder, or PDFs exported by it.
  --out overview.csv    The file to write (replaced if it exists). Without --out, the CSV
                        is written to standard output.
  --answers long        Every answer instead, one row per answer (assessment, form, version,
                        section, question, answer), as the Overview page's "one row per answer".
  --answers wide        Every answer, one row per assessment and a column per question of one
                        form: --form hcpc-eia@2018-10 (without --form, the form most of the
                        assessments are on). Assessments on other forms are left out.
  -h, --help            Show this help.

Exit status: 0 when every file was used; 1 when a file could not be used (the message
says which and why; the CSV holds the others); 2 when the command is wrong.

Example:
  npx eia csv returned/*.eia.json --out overview.csv
`,
  async run(argv, io) {
    const args = parseArgs(
      argv,
      { values: { 'csv-out': ['--out', '-o'], answers: ['--answers'], form: ['--form'] } },
      {
        'csv-out': 'a file name, e.g. --out overview.csv',
        answers: 'long or wide, e.g. --answers long',
        form: 'a form and its version, e.g. --form hcpc-eia@2018-10',
      },
    );
    if ('error' in args) return usageError(io, 'csv', args.error);
    const shape = args.values.answers;
    if (shape !== undefined && shape !== 'long' && shape !== 'wide')
      return usageError(io, 'csv', `--answers is long or wide, not "${shape}".`);
    if (args.values.form !== undefined && shape !== 'wide')
      return usageError(io, 'csv', '--form is for --answers wide (a column per question of that form).');
    if (args.files.length === 0)
      return usageError(
        io,
        'csv',
        'Name at least one .eia.json file: eia csv <file.eia.json>... --out overview.csv',
      );
    const today = io.now?.() ?? new Date();
    const bar = progress(io, args.files.length);
    const summaries: AssessmentSummary[] = [];
    const assessments: Assessment[] = [];
    let failed = false;
    for await (const input of readInputs(args.files, io, bar)) {
      if ('problems' in input) {
        for (const problem of input.problems) bar.stderr(`${problem}\n`);
        failed = true;
        continue;
      }
      for (const assessment of input.assessments) {
        if (shape === undefined) summaries.push(summariseAssessment(assessment, { today }));
        else assessments.push(assessment);
      }
    }
    let csv: string;
    if (shape === 'long') csv = answersLongCsv(assessments);
    else if (shape === 'wide') {
      const [id, version] = (args.values.form ?? '').split('@');
      const usual = templatesUsed(assessments).sort((a, b) => b.count - a.count)[0];
      const template = args.values.form
        ? findTemplate(id ?? '', version ?? '')
        : usual && findTemplate(usual.id, usual.version);
      if (!template) {
        bar.stderr(
          args.values.form
            ? `eia: no file holds an assessment on the form "${args.values.form}". Name it as ID@VERSION, e.g. --form hcpc-eia@2018-10.\n`
            : 'eia: no assessment was read, so there is no form to make columns from.\n',
        );
        return EXIT.problem;
      }
      csv = answersWideCsv(assessments, template);
    } else csv = overviewCsv(buildOverview(summaries, currentTemplate));
    const count = shape === undefined ? summaries.length : assessments.length;
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
      io.stdout(`Wrote ${displayPath(io.cwd, target)} (${count} assessment${count === 1 ? '' : 's'})\n`);
    }
    return failed ? EXIT.problem : EXIT.ok;
  },
};
