import type { Assessment } from '@schemas/assessment.ts';
import type { PdfProgress } from './build-appendix-pdf.ts';

/** Messages between the page (export-pdf.ts) and the PDF Web Worker (pdf.worker.ts). Plain data only. */
export type PdfJob = { id: number; assessment: Assessment; exportedAt: string };

export type PdfWorkerMessage =
  | { id: number; type: 'progress'; step: PdfProgress }
  | { id: number; type: 'done'; bytes: Uint8Array; fileName: string; unsupported: string[] }
  | { id: number; type: 'error'; message: string };
