import type { Assessment } from '@schemas/assessment.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import type { PdfProgress } from './build-appendix-pdf.ts';

/**
 * Messages between the page (export-pdf.ts) and the PDF Web Worker (pdf.worker.ts). Plain data only.
 * `template`: the assessment's template definition when it is not built in (the worker has its own
 * module scope, so a template learnt by the page, imported or stored, is unknown there until sent).
 */
export type PdfJob = {
  id: number;
  assessment: Assessment;
  exportedAt: string;
  template?: TemplateDefinition;
};

export type PdfWorkerMessage =
  | { id: number; type: 'progress'; step: PdfProgress }
  | { id: number; type: 'done'; bytes: Uint8Array; fileName: string; unsupported: string[] }
  | { id: number; type: 'error'; message: string };
