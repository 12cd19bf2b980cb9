import type { Assessment } from '@schemas/assessment.ts';
import { buildAppendixPdf } from '@/pdf/build-appendix-pdf.ts';
import { nodeFontSource } from '@/pdf/font-source.node.ts';

export const EXPORTED_AT = new Date('2026-01-05T12:00:00Z');

/** The PDF exactly as the app and the command line make it, rendered in Node. */
export function renderPdf(assessment: Assessment, exportedAt = EXPORTED_AT) {
  return buildAppendixPdf(assessment, { exportedAt, fonts: nodeFontSource });
}
