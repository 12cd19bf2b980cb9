import { fileProblem, type FilePhrase, type FileProblem } from './file-problems.ts';
import { migrateTemplateDefinition } from './migrations/template-migrations.ts';
import type { PlainRecord } from './migrations/run-migrations.ts';
import { templateDefinitionSchema, type TemplateDefinition } from './template-definition.ts';

/**
 * The one way a template definition from outside (a `.eia.json` file, a `.eia-template.json` file, a
 * stored row) becomes one the app uses: migrate from its schema version, then validate. Every problem
 * names where it is, as a code with values (schemas/file-problems.ts) and its English sentence; nothing is
 * returned half-checked. The file's own safety
 * checks (size, nesting, prototype keys) run before this, in the file's parse path.
 */
export type TemplateParseResult =
  { ok: true; definition: TemplateDefinition } | { ok: false; problems: string[]; coded: FileProblem[] };

const refused = (coded: FileProblem[]): TemplateParseResult => ({
  ok: false,
  problems: coded.map((p) => p.message),
  coded,
});

/** `where` names the definition: a phrase of schemas/file-problems.ts (`whereCarried`, `whereDraft`…), or English words. */
export function parseTemplateDefinition(input: unknown, where: FilePhrase | string): TemplateParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return refused([fileProblem('definitionNotObject', { where })]);
  }
  const migrated = migrateTemplateDefinition(input as PlainRecord);
  if (!migrated.ok) {
    return refused([
      migrated.reason === 'newer-version'
        ? fileProblem('definitionNewer', { where, version: migrated.version })
        : fileProblem('definitionUnreadable', { where, reason: migrated.reason }),
    ]);
  }
  const parsed = templateDefinitionSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return refused(
      parsed.error.issues.slice(0, 10).map((issue) => {
        const kindProblem =
          issue.code === 'invalid_union' &&
          issue.path.at(-1) !== undefined &&
          issue.path.includes('questions');
        const path = issue.path.join('.');
        // The template's own rules word their issues in English (`detail`); the interface marks it English.
        if (kindProblem) return fileProblem('definitionUnknownKind', { where, path });
        return path
          ? fileProblem('definitionIssue', { where, path, detail: issue.message })
          : fileProblem('definitionIssueTop', { where, detail: issue.message });
      }),
    );
  }
  return { ok: true, definition: parsed.data };
}

export { canonicalJson } from './plain/template-parse.ts';
