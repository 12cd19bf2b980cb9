import { type Assessment } from '@schemas/assessment.ts';
import {
  CURRENT_ENVELOPE_FORMAT_VERSION,
  EIA_FILE_EXTENSION,
  EIA_FILE_FORMAT,
  type Envelope,
} from '@schemas/envelope.ts';
import { titleSlug } from '@/domain/pdf-file-name.ts';

/**
 * Writing `.eia.json` files: the versioned envelope around one or more assessments, and their file names.
 * Pure. (Downloading the result is in download.ts.)
 */

export function buildEnvelope(assessments: readonly Assessment[], exportedAt: Date = new Date()): Envelope {
  const templates = new Map<string, { id: string; version: string }>();
  for (const a of assessments) {
    templates.set(`${a.templateId}@${a.templateVersion}`, { id: a.templateId, version: a.templateVersion });
  }
  return {
    format: EIA_FILE_FORMAT,
    formatVersion: CURRENT_ENVELOPE_FORMAT_VERSION,
    generator: 'EIA Builder',
    exportedAt: exportedAt.toISOString(),
    templates: [...templates.values()],
    assessments: [...assessments],
  };
}

export function serialiseEnvelope(envelope: Envelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Spells the title as the PDF's file name does (one slug for both). */
export function assessmentFileName(assessment: Assessment, at: Date = new Date()): string {
  return `${titleSlug(assessment.answers.projectTitle)}-${day(at)}${EIA_FILE_EXTENSION}`;
}

export function allAssessmentsFileName(at: Date = new Date()): string {
  return `eia-builder-all-assessments-${day(at)}${EIA_FILE_EXTENSION}`;
}
