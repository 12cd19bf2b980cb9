import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { CliIo } from './io.ts';

/** Makes the --out folder; a message (and no throw) when it cannot be made. */
export async function makeOutDir(io: CliIo, out: string): Promise<string | { error: string }> {
  const dir = resolve(io.cwd, out);
  try {
    await mkdir(dir, { recursive: true });
    return dir;
  } catch (error) {
    return {
      error: `the folder ${out} could not be made (${(error as Error).message}). Choose another --out folder.`,
    };
  }
}

/** Two outputs with the same name in one run get -2, -3… rather than overwrite each other. */
export function uniqueName(fileName: string, written: Set<string>): string {
  let candidate = fileName;
  for (let n = 2; written.has(candidate); n += 1) candidate = fileName.replace(/(\.[a-z]+)$/, `-${n}$1`);
  written.add(candidate);
  return candidate;
}

/** A file is either all there or not there: written beside the target, then renamed over it. */
export async function writeAtomically(target: string, data: Uint8Array | string) {
  const partial = `${target}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** A path as short as it can be said: relative to where the command runs, unless it is elsewhere. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export function titleOf(answers: { projectTitle: string }): string {
  return answers.projectTitle.trim() || 'Untitled assessment';
}
