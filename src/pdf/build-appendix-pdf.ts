import type { Assessment } from '@schemas/assessment.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { buildPdfViewModel } from '@/domain/pdf-view-model.ts';
import { assessmentFileName, buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { APP_VERSION } from '@/domain/app-version.ts';
import { attachEiaJson } from './attach-eia-json.ts';
import type { FontSource } from './fonts.ts';
import { renderAppendix } from './render-appendix.tsx';

export type PdfProgress = 'laying-out' | 'attaching-data';

export type BuildOptions = {
  exportedAt: Date;
  fonts: FontSource;
  onProgress?: (step: PdfProgress) => void;
};

/**
 * Assessment → the finished PDF: view-model, render, then the assessment attached as an .eia.json
 * export. Shared by the browser's Web Worker and the command line, so both make the same file.
 * `unsupported`: characters the bundled fonts cannot draw, printed as "�" (the attached data keeps them).
 */
export async function buildAppendixPdf(
  assessment: Assessment,
  { exportedAt, fonts, onProgress }: BuildOptions,
): Promise<{ bytes: Uint8Array; fileName: string; unsupported: string[] }> {
  const template = findTemplate(assessment.templateId, assessment.templateVersion);
  if (!template) {
    throw new Error(
      `This assessment was written on a template (${assessment.templateId} ${assessment.templateVersion}) that this version of EIA Builder does not have.`,
    );
  }
  const vm = buildPdfViewModel(assessment, template, { exportedAt, appVersion: APP_VERSION });
  onProgress?.('laying-out');
  const { bytes: pdf, unsupported } = await renderAppendix(vm, fonts);
  onProgress?.('attaching-data');
  const bytes = await attachEiaJson(pdf, {
    fileName: assessmentFileName(assessment, exportedAt),
    text: serialiseEnvelope(buildEnvelope([assessment], exportedAt)),
    at: exportedAt,
  });
  return { bytes, fileName: vm.fileName, unsupported };
}
