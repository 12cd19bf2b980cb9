import { migrateTemplateDefinition } from './migrations/template-migrations.ts';
import type { PlainRecord } from './migrations/run-migrations.ts';
import { templateDefinitionSchema, type TemplateDefinition } from './template-definition.ts';

/**
 * The one way a template definition from outside (a `.eia.json` file, a `.eia-template.json` file, a
 * stored row) becomes one the app uses: migrate from its schema version, then validate. Every problem
 * is a plain sentence naming where it is; nothing is returned half-checked. The file's own safety
 * checks (size, nesting, prototype keys) run before this, in the file's parse path.
 */
export type TemplateParseResult =
  { ok: true; definition: TemplateDefinition } | { ok: false; problems: string[] };

export function parseTemplateDefinition(input: unknown, where: string): TemplateParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [`${where} should be a template definition (a group of fields).`] };
  }
  const migrated = migrateTemplateDefinition(input as PlainRecord);
  if (!migrated.ok) {
    return {
      ok: false,
      problems: [
        migrated.reason === 'newer-version'
          ? `${where} was made by a newer version of EIA Builder (template version ${migrated.version}). Update EIA Builder (reload the page) and try again.`
          : `${where} is not a template definition EIA Builder can read (${migrated.reason}).`,
      ],
    };
  }
  const parsed = templateDefinitionSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, 10).map((issue) => {
        const kindProblem =
          issue.code === 'invalid_union' &&
          issue.path.at(-1) !== undefined &&
          issue.path.includes('questions');
        const at = issue.path.length ? ` at ${issue.path.join('.')}` : '';
        return kindProblem
          ? `${where}${at}: a question of a kind this version of EIA Builder does not know. Update EIA Builder and try again.`
          : `${where}${at}: ${issue.message}.`;
      }),
    };
  }
  return { ok: true, definition: parsed.data };
}

export { canonicalJson } from './plain/template-parse.ts';
