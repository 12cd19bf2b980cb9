import { type Assessment } from '@schemas/assessment.ts';
import {
  allAssessmentsFileName,
  assessmentFileName,
  buildEnvelope,
  serialiseEnvelope,
} from './build-eia-file.ts';

/**
 * Saving a file to the user's device (the browser's download). Only ever runs because the user asked:
 * this and the PDF export are the only ways data leaves the browser.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns: revoke later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadAssessment(assessment: Assessment, now = new Date()): string {
  const fileName = assessmentFileName(assessment, now);
  downloadText(fileName, serialiseEnvelope(buildEnvelope([assessment], now)));
  return fileName;
}

export function downloadAllAssessments(assessments: readonly Assessment[], now = new Date()): string {
  const fileName = allAssessmentsFileName(now);
  downloadText(fileName, serialiseEnvelope(buildEnvelope(assessments, now)));
  return fileName;
}
