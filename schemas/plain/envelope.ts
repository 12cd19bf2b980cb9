/**
 * The Zod-free half of schemas/envelope.ts (which re-exports it): what the screens an assessment opens on need,
 * so they load no validation library (`npm run bench -- bundle`, schemas/plain/README.md).
 */

export const EIA_FILE_FORMAT = 'eia-builder/assessments' as const;
export const CURRENT_ENVELOPE_FORMAT_VERSION = 1 as const;
export const EIA_FILE_EXTENSION = '.eia.json';

/** Upper bound on assessments in one file (an export of everything in one browser). */
export const MAX_ASSESSMENTS_PER_FILE = 50_000;
