import { z } from 'zod';
import {
  CURRENT_ENVELOPE_FORMAT_VERSION,
  EIA_FILE_FORMAT,
  MAX_ASSESSMENTS_PER_FILE,
} from './plain/envelope.ts';

/**
 * The `.eia.json` file: a versioned envelope around one or more assessments. It is what "Export" writes,
 * what "Import" reads, and what the exported PDF carries as an attachment.
 *
 * The envelope's own shape has CURRENT_ENVELOPE_FORMAT_VERSION; each assessment inside keeps its own
 * schemaVersion (schemas/assessment.ts). Assessments are validated one by one after migration (see
 * src/storage/files/parse-eia-file.ts), so here they are only "a list of objects".
 *
 * Changing this shape means: bump the number, add a numbered migration in migrations/envelope-migrations.ts
 * and freeze an exported file of the old format in tests/fixtures/envelope/.
 */
export {
  CURRENT_ENVELOPE_FORMAT_VERSION,
  EIA_FILE_EXTENSION,
  EIA_FILE_FORMAT,
  MAX_ASSESSMENTS_PER_FILE,
} from './plain/envelope.ts';

export const templateRefSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(100),
  /**
   * The template's whole definition (schemas/template-definition.ts, any released schema version), so a
   * browser or the command line that has never seen the template can open the assessments. Checked by
   * schemas/template-parse.ts when the file is read. Optional: files of the first releases have none
   * (their template was always the built-in HCPC 2018-10), and readers of format 1 ignore it.
   */
  definition: z.unknown().optional(),
});
export type TemplateRef = z.infer<typeof templateRefSchema>;

export const envelopeSchema = /* @__PURE__ */ z.object({
  format: z.literal(EIA_FILE_FORMAT),
  formatVersion: z.literal(CURRENT_ENVELOPE_FORMAT_VERSION),
  /** Which application wrote the file, for people reading it (not used when importing). */
  generator: z.string().max(200).default('EIA Builder'),
  /** ISO date-time of the export. */
  exportedAt: z.iso.datetime({ offset: true }),
  /** The templates the assessments were written against (id and version, and their definitions). */
  templates: z.array(templateRefSchema).max(100),
  /** Each one is migrated and validated against schemas/assessment.ts on its own, so that an error can say
   * which assessment is wrong. */
  assessments: z.array(z.unknown()).max(MAX_ASSESSMENTS_PER_FILE),
});
export type Envelope = z.infer<typeof envelopeSchema>;
