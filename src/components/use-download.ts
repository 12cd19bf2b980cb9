import { useId, useRef, useState, type ReactNode } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import { saveFile } from './save-file.ts';

/** The props every "Download …" button of an assessment takes. */
export type DownloadButtonProps = {
  /** The record, or a function giving it at the moment of the click (e.g. after flushing an autosave). */
  assessment: Assessment | (() => Assessment | Promise<Assessment>);
  label?: ReactNode;
  /** 'link': a row action in a table (a link-styled button and a small status line). */
  variant?: 'button' | 'link';
};

/** The record to download, read at the moment of the click. */
export async function recordOf(assessment: DownloadButtonProps['assessment']): Promise<Assessment> {
  return typeof assessment === 'function' ? assessment() : assessment;
}

/** What a download button shows: nothing yet (or what it downloaded), a step in progress, or a failure. */
export type DownloadState<Step extends string> =
  | { kind: 'idle'; downloaded?: string; unsupported?: string[] }
  | { kind: 'working'; step: Step }
  | { kind: 'error'; message: string };

/** A made file, ready to save; `unsupported`: characters it could not print (the PDF's "�"). */
export type MadeFile = { blob: Blob; fileName: string; unsupported?: string[] };

/**
 * The behaviour every "Download …" button shares: one download at a time (a second click while one is
 * being made does nothing), the maker loaded and run on the click, progress as state, the file saved
 * under its name, and any failure turned into a plain-English message (`failed` when it gave none).
 * `make` receives `onStep` to report its progress.
 */
export function useDownload<Step extends string>(first: Step, failed: string) {
  const [state, setState] = useState<DownloadState<Step>>({ kind: 'idle' });
  const working = useRef(false);
  const errorId = useId();

  async function download(make: (onStep: (step: Step) => void) => Promise<MadeFile>) {
    if (working.current) return;
    working.current = true;
    setState({ kind: 'working', step: first });
    try {
      const { blob, fileName, unsupported } = await make((step) => setState({ kind: 'working', step }));
      saveFile(blob, fileName);
      setState(
        unsupported
          ? { kind: 'idle', downloaded: fileName, unsupported }
          : { kind: 'idle', downloaded: fileName },
      );
    } catch (error) {
      setState({
        kind: 'error',
        message: error instanceof Error && error.message ? error.message : failed,
      });
    } finally {
      working.current = false;
    }
  }

  return { state, errorId, download };
}
