import type { CliIo } from './io.ts';

/** One subcommand of `eia`: its name, a line for the overview, its --help, and what it does. */
export type Command = {
  name: string;
  summary: string;
  usage: string;
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
};

/** "eia: <what is wrong>" and how to get help, with exit status 2. */
export function usageError(io: CliIo, command: string, error: string): number {
  io.stderr(`eia: ${error}\nRun "eia ${command} --help" to see how to use it.\n`);
  return 2;
}
