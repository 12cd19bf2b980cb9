import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Assessment } from '@schemas/assessment.ts';
import { extractEmbeddedEiaJson } from '@/storage/files/pdf-attachment.ts';
import { readEiaFile } from '@/storage/files/read-eia-file.ts';
import type { CliIo } from './io.ts';
import { progress, type Progress } from './progress.ts';

export type Input = { file: string; assessments: Assessment[] } | { file: string; problems: string[] };

/**
 * Reads each named file through the app's own import path (the same checks, migrations and messages as
 * "Import" in the app; a PDF exported by EIA Builder gives its attached assessment). One at a time,
 * so a batch of hundreds never holds more than one file's bytes; progress on a terminal.
 */
export async function* readInputs(
  files: string[],
  io: CliIo,
  bar: Progress = progress(io, files.length),
): AsyncGenerator<Input> {
  try {
    for (const [index, file] of files.entries()) {
      bar.step(index + 1, file);
      yield await readInput(file, io.cwd);
    }
  } finally {
    bar.done();
  }
}

async function readInput(file: string, cwd: string): Promise<Input> {
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      file,
      problems: [
        code === 'ENOENT'
          ? `"${file}" was not found. Check the file name and the folder.`
          : code === 'EISDIR'
            ? `"${file}" is a folder. Name the .eia.json files in it, e.g. ${join(file, '*.eia.json')}`
            : `"${file}" could not be read (${(error as Error).message}).`,
      ],
    };
  }
  const result = await readEiaFile(basename(path), bytes, { extractPdfAttachment: extractEmbeddedEiaJson });
  return result.ok ? { file, assessments: result.assessments } : { file, problems: result.problems };
}
