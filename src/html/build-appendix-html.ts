import type { Assessment } from '@schemas/assessment.ts';
import { APP_VERSION } from '@/domain/app-version.ts';
import { buildAppendixViewModels, type AppendixLanguage } from '@/domain/appendix-view-models.ts';
import { renderAppendixHtml } from './appendix-html.ts';

/**
 * Assessment → the accessible HTML appendix and its file name (the PDF's name, ending .html). Shared
 * by "Download accessible version (HTML)" in the app (loaded with import() on the click) and the
 * command line (`eia html`, and `eia pdf --accessible`, which prints this file to a tagged PDF). In the
 * assessment's language, or the one chosen on Publication details (`language` overrides both).
 */
export function buildAppendixHtml(
  assessment: Assessment,
  { exportedAt, language }: { exportedAt: Date; language?: AppendixLanguage | undefined },
): { html: string; fileName: string; title: string } {
  const vms = buildAppendixViewModels(assessment, { exportedAt, appVersion: APP_VERSION, language });
  const first = vms[0]!;
  return {
    html: renderAppendixHtml(vms),
    fileName: first.fileName.replace(/\.pdf$/, '.html'),
    title: first.metadata.title,
  };
}
