import { checkCommand } from './commands/check.ts';
import { csvCommand } from './commands/csv.ts';
import { htmlCommand } from './commands/html.ts';
import { pdfCommand } from './commands/pdf.ts';
import type { Command } from './command.ts';
import { EXIT, type CliIo } from './io.ts';

export type { CliIo } from './io.ts';

/**
 * `eia`: EIA Builder on the command line, for committee secretaries, EDI managers and automation. Every
 * command reads files through the app's own import path (so the checks and messages are the app's) and
 * makes what the app makes: `pdf` (committee PDF, or `--accessible` tagged PDF), `html` (accessible
 * version), `check` (review findings), `csv` (overview CSV). Exit codes: 0 done, 1 a file refused or
 * something missing (the others are still done), 2 wrong usage.
 */
export const COMMANDS: readonly Command[] = [pdfCommand, htmlCommand, checkCommand, csvCommand];

export const HELP = `Usage: eia <command> <file.eia.json>... [options]

EIA Builder on the command line: the same files, checks and messages as the app.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(7)}${c.summary}\n           ${c.usage}`).join('\n')}

Run "eia <command> --help" for the options of each command.

Exit status: 0 when everything was done; 1 when a file could not be used (the message
says which file and why; the other files are still done), or "eia check" found
something missing; 2 when the command is wrong.

Examples:
  npx eia pdf exports/*.eia.json --out papers/etc-2019-09-11
  npx eia pdf exports/*.eia.json --accessible --out papers/etc-2019-09-11
  npx eia check returned/*.eia.json
  npx eia csv returned/*.eia.json --out overview.csv
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(
      `eia: Say what to do, e.g. eia pdf <file.eia.json>...\nRun "eia --help" to see how to use it.\n`,
    );
    return EXIT.usage;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? topic.help : HELP);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      `eia: Unknown command "${name}". The commands are: ${COMMANDS.map((c) => c.name).join(', ')}.\nRun "eia --help" to see how to use it.\n`,
    );
    return EXIT.usage;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  return command.run(rest, io);
}
