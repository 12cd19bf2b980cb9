import { type Assessment } from '@schemas/assessment.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import { assessmentTitle } from '@/domain/assessment-roles.ts';
import {
  CURRENT_ENVELOPE_FORMAT_VERSION,
  EIA_FILE_EXTENSION,
  EIA_FILE_FORMAT,
} from '@schemas/plain/envelope.ts';
import { type Envelope } from '@schemas/envelope.ts';
import { titleSlug } from '@/domain/pdf-file-name.ts';

/**
 * Writing `.eia.json` files: the versioned envelope around one or more assessments, and their file names.
 * Pure. (Downloading the result is in download.ts.)
 */

export function buildEnvelope(assessments: readonly Assessment[], exportedAt: Date = new Date()): Envelope {
  // Each template used travels with the assessments, so any browser or the command line can open them.
  const templates = new Map<string, Envelope['templates'][number]>();
  for (const a of assessments) {
    const key = `${a.templateId}@${a.templateVersion}`;
    if (templates.has(key)) continue;
    const definition = findTemplateDefinition(a.templateId, a.templateVersion);
    templates.set(key, {
      id: a.templateId,
      version: a.templateVersion,
      ...(definition ? { definition } : {}),
    });
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
  return `${titleSlug(assessmentTitle(assessment))}-${day(at)}${EIA_FILE_EXTENSION}`;
}

export function allAssessmentsFileName(at: Date = new Date()): string {
  return `eia-builder-all-assessments-${day(at)}${EIA_FILE_EXTENSION}`;
}
