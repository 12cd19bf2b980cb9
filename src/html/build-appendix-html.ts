import type { Assessment } from '@schemas/assessment.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { APP_VERSION } from '@/domain/app-version.ts';
import { buildPdfViewModel } from '@/domain/pdf-view-model.ts';
import { renderAppendixHtml } from './appendix-html.ts';

/**
 * Assessment → the accessible HTML appendix and its file name (the PDF's name, ending .html). Shared
 * by "Download accessible version (HTML)" in the app (loaded with import() on the click) and the
 * command line (`eia html`, and `eia pdf --accessible`, which prints this file to a tagged PDF).
 */
export function buildAppendixHtml(
  assessment: Assessment,
  { exportedAt }: { exportedAt: Date },
): { html: string; fileName: string; title: string } {
  const template = findTemplate(assessment.templateId, assessment.templateVersion);
  if (!template) {
    throw new Error(
      `This assessment was written on a template (${assessment.templateId} ${assessment.templateVersion}) that this version of EIA Builder does not have.`,
    );
  }
  const vm = buildPdfViewModel(assessment, template, { exportedAt, appVersion: APP_VERSION });
  return {
    html: renderAppendixHtml(vm),
    fileName: vm.fileName.replace(/\.pdf$/, '.html'),
    title: vm.metadata.title,
  };
}
