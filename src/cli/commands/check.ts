import { STATUS_LABELS, type Assessment } from '@schemas/assessment.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { countFindings, describeCounts, findingsFor, type Finding } from '@/domain/findings/index.ts';
import { parseArgs } from '../args.ts';
import { usageError, type Command } from '../command.ts';
import { readInputs } from '../inputs.ts';
import { EXIT } from '../io.ts';
import { titleOf } from '../output-files.ts';
import { progress } from '../progress.ts';

export type CheckedAssessment = {
  file: string;
  id: string;
  title: string;
  status: string;
  revision: number;
  missing: number;
  weak: number;
  findings: Finding[];
};
export type CheckReport = {
  assessments: CheckedAssessment[];
  /** Files that could not be used, with the app's own message. */
  problems: Array<{ file: string; message: string }>;
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'what is missing or weak in each assessment (the review findings)',
  usage: 'eia check <file.eia.json>... [--json]',
  help: `Usage: eia check <file.eia.json>... [--json]

Checks every assessment in the files with EIA Builder's review rules, as the Review
page does: what is missing (blocks agreement) and what is weak (to look at), question
by question. Use it on a folder of returned files before a meeting.

  <file.eia.json>...  One or more files exported from EIA Builder, or PDFs exported by it.
  --json              Print the findings as JSON (one object: "assessments", each with
                      its file, id, title, status, counts and findings; and "problems",
                      the files that could not be used).
  -h, --help          Show this help.

Exit status: 0 when nothing is missing in any assessment (things to look at are
reported but do not fail); 1 when something is missing, or a file could not be used;
2 when the command is wrong.

Example:
  npx eia check returned/*.eia.json
  npx eia check returned/*.eia.json --json > findings.json
`,
  async run(argv, io) {
    const args = parseArgs(argv, { flags: { json: ['--json'] } });
    if ('error' in args) return usageError(io, 'check', args.error);
    if (args.files.length === 0)
      return usageError(io, 'check', 'Name at least one .eia.json file: eia check <file.eia.json>...');
    const today = io.now?.() ?? new Date();
    const bar = progress(io, args.files.length);
    const report: CheckReport = { assessments: [], problems: [] };
    for await (const input of readInputs(args.files, io, bar)) {
      if ('problems' in input) {
        for (const message of input.problems) {
          report.problems.push({ file: input.file, message });
          if (!args.flags.json) bar.stderr(`${message}\n`);
        }
        continue;
      }
      for (const assessment of input.assessments) {
        const checked = check(input.file, assessment, today);
        report.assessments.push(checked);
        if (!args.flags.json) bar.stdout(describe(checked));
      }
    }
    if (args.flags.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else io.stdout(summary(report));
    const anyMissing = report.assessments.some((a) => a.missing > 0);
    return anyMissing || report.problems.length ? EXIT.problem : EXIT.ok;
  },
};

function check(file: string, assessment: Assessment, today: Date): CheckedAssessment {
  const template = findTemplate(assessment.templateId, assessment.templateVersion);
  if (!template) throw new Error(`Unknown template ${assessment.templateId} ${assessment.templateVersion}`);
  const findings = findingsFor(assessment, template, { today });
  const { missing, weak } = countFindings(findings);
  return {
    file,
    id: assessment.id,
    title: titleOf(assessment.answers),
    status: STATUS_LABELS[assessment.status],
    revision: assessment.revision,
    missing,
    weak,
    findings,
  };
}

function describe(a: CheckedAssessment): string {
  const counts = describeCounts({ missing: a.missing, weak: a.weak }) || 'Nothing missing or weak';
  const lines = [
    `${a.file}: ${a.title} (${a.status}${a.revision > 1 ? `, revision ${a.revision}` : ''})`,
    `  ${counts}`,
  ];
  for (const f of a.findings) {
    lines.push(`  ${f.severity === 'missing' ? 'Missing' : 'To look at'}: ${f.questionLabel}: ${f.title}`);
    lines.push(`    ${f.explanation}`);
  }
  return `${lines.join('\n')}\n\n`;
}

function summary(report: CheckReport): string {
  const n = report.assessments.length;
  const missing = report.assessments.filter((a) => a.missing > 0).length;
  const weak = report.assessments.filter((a) => a.missing === 0 && a.weak > 0).length;
  const details = [`${missing} with something missing`, `${weak} with only things to look at`];
  const files = new Set(report.problems.map((p) => p.file)).size;
  if (files) details.push(`${files} file${files === 1 ? '' : 's'} could not be used`);
  return `Checked ${n} assessment${n === 1 ? '' : 's'}: ${details.join(', ')}.\n`;
}
