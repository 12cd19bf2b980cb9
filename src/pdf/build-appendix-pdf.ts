import type { Assessment } from '@schemas/assessment.ts';
import { buildAppendixViewModels, type AppendixLanguage } from '@/domain/appendix-view-models.ts';
import { assessmentFileName, buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { APP_VERSION } from '@/domain/app-version.ts';
import { attachEiaJson } from './attach-eia-json.ts';
import type { FontSource } from './fonts.ts';
import { renderAppendix } from './render-appendix.tsx';

export type PdfProgress = 'laying-out' | 'attaching-data';

export type BuildOptions = {
  exportedAt: Date;
  fonts: FontSource;
  /** Print in this language (or both) instead of the one chosen on Publication details. */
  language?: AppendixLanguage | undefined;
  onProgress?: (step: PdfProgress) => void;
};

/**
 * Assessment → the finished PDF: view-model, render, then the assessment attached as an .eia.json
 * export. Shared by the browser's Web Worker and the command line, so both make the same file.
 * `unsupported`: characters the bundled fonts cannot draw, printed as "�" (the attached data keeps them).
 */
export async function buildAppendixPdf(
  assessment: Assessment,
  { exportedAt, fonts, language, onProgress }: BuildOptions,
): Promise<{ bytes: Uint8Array; fileName: string; unsupported: string[] }> {
  const vms = buildAppendixViewModels(assessment, { exportedAt, appVersion: APP_VERSION, language });
  onProgress?.('laying-out');
  const { bytes: pdf, unsupported } = await renderAppendix(vms, fonts);
  onProgress?.('attaching-data');
  const bytes = await attachEiaJson(pdf, {
    fileName: assessmentFileName(assessment, exportedAt),
    text: serialiseEnvelope(buildEnvelope([assessment], exportedAt)),
    at: exportedAt,
  });
  return { bytes, fileName: vms[0]!.fileName, unsupported };
}
