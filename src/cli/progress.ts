import type { CliIo } from './io.ts';

/** Batches of more than this many files show progress (on a terminal only). */
export const PROGRESS_FROM = 3;

export type Progress = {
  /** The file in hand: "[3/100] exports/fees.eia.json". */
  step(done: number, file: string): void;
  /** Writes a line to stdout or stderr without mixing it into the progress line. */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Clears the progress line at the end. */
  done(): void;
};

/**
 * One line on the terminal, "[3/100] exports/fees.eia.json", rewritten as each file starts and cleared at
 * the end; other output goes above it. Silent when stderr is not a terminal (piped, redirected, CI) and
 * for a few files.
 */
export function progress(io: CliIo, total: number): Progress {
  const on = Boolean(io.isTTY) && total > PROGRESS_FROM;
  let line = '';
  const clear = () => {
    if (on && line) io.stderr('\r\x1b[2K');
  };
  const redraw = () => {
    if (on && line) io.stderr(line);
  };
  return {
    step(done, file) {
      if (!on) return;
      clear();
      line = `[${done}/${total}] ${file}`;
      redraw();
    },
    stdout(text) {
      clear();
      io.stdout(text);
      redraw();
    },
    stderr(text) {
      clear();
      io.stderr(text);
      redraw();
    },
    done() {
      clear();
      line = '';
    },
  };
}
