import type { Assessment } from '@schemas/assessment.ts';
import { findTemplateDefinition, isBuiltInTemplate } from '@schemas/templates/index.ts';
import type { PdfProgress } from './build-appendix-pdf.ts';
import type { PdfJob, PdfWorkerMessage } from './pdf-worker-protocol.ts';

/**
 * What the "Download PDF" button calls, loaded with import() only when the user asks for a PDF. It hands
 * the assessment to a Web Worker (pdf.worker.ts), which renders the appendix and attaches the data; the
 * renderer never runs on, or loads with, the main page. One worker is kept for later exports.
 */

export type ExportProgress = 'starting' | PdfProgress;

/** A failure the user can read: what happened and what to do next. */
export class PdfExportError extends Error {
  override name = 'PdfExportError';
}

const COULD_NOT_START =
  'Your browser could not start making the PDF. Reload the page and try again. If it still does not work, use an up-to-date version of Chrome, Edge, Firefox or Safari.';

/** Far longer than any real assessment takes (a 50,000-character answer takes a few seconds). */
export const EXPORT_TIMEOUT_MS = 120_000;

const TOOK_TOO_LONG =
  'Making the PDF took too long and was stopped. Your assessment has not changed. Close other tabs and try again.';

export type ExportedPdf = {
  blob: Blob;
  fileName: string;
  /** Characters no bundled font can draw: the PDF shows "�" for each (the attached data keeps them). */
  unsupported: string[];
};

type Pending = {
  resolve: (result: ExportedPdf) => void;
  reject: (error: Error) => void;
  onProgress?: (step: ExportProgress) => void;
  timer: ReturnType<typeof setTimeout>;
};

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string) {
  for (const job of pending.values()) {
    clearTimeout(job.timer);
    job.reject(new PdfExportError(message));
  }
  pending.clear();
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  if (typeof Worker === 'undefined') throw new PdfExportError(COULD_NOT_START);
  const created = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  created.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
    const message = event.data;
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress?.(message.step);
      return;
    }
    pending.delete(message.id);
    clearTimeout(job.timer);
    if (message.type === 'done') {
      job.resolve({
        blob: new Blob([message.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        fileName: message.fileName,
        unsupported: message.unsupported,
      });
    } else {
      job.reject(
        new PdfExportError(
          `The PDF could not be made (${message.message}). Your assessment has not changed. Try again; if it still fails, export the assessment as a .eia.json file instead.`,
        ),
      );
    }
  };
  created.onerror = (event) => {
    event.preventDefault();
    failAll(COULD_NOT_START);
  };
  worker = created;
  return created;
}

export function exportPdf(
  assessment: Assessment,
  options: { onProgress?: (step: ExportProgress) => void; now?: Date } = {},
): Promise<ExportedPdf> {
  return new Promise((resolve, reject) => {
    let target: Worker;
    try {
      target = getWorker();
    } catch (error) {
      reject(error instanceof PdfExportError ? error : new PdfExportError(COULD_NOT_START));
      return;
    }
    const id = nextId++;
    // A stuck worker is stopped (and a new one started next time) rather than left "Preparing PDF…".
    const timer = setTimeout(() => failAll(TOOK_TOO_LONG), EXPORT_TIMEOUT_MS);
    pending.set(id, { resolve, reject, onProgress: options.onProgress, timer });
    options.onProgress?.('starting');
    const template = isBuiltInTemplate(assessment.templateId, assessment.templateVersion)
      ? undefined
      : findTemplateDefinition(assessment.templateId, assessment.templateVersion);
    const job: PdfJob = {
      id,
      assessment,
      exportedAt: (options.now ?? new Date()).toISOString(),
      ...(template ? { template } : {}),
    };
    try {
      target.postMessage(job);
    } catch {
      clearTimeout(timer);
      pending.delete(id);
      reject(
        new PdfExportError(
          'The assessment could not be handed to the PDF maker. Reload the page and try again.',
        ),
      );
    }
  });
}
