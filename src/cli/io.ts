/** What a command may use of the outside world: output streams, the folder it runs in, the clock. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  now?: () => Date;
  /** stderr is a terminal: progress is shown there on batches (never when piped). */
  isTTY?: boolean;
  /** Environment (CHROMIUM_PATH, PATH) for `eia pdf --accessible`. */
  env?: Record<string, string | undefined>;
};

/** Exit status of every command: 0 done (and nothing missing), 1 a file refused or something missing, 2 wrong usage. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;
