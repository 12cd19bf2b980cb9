import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { isBuiltInTemplate, registerTemplate, templateConflict } from '@schemas/templates/index.ts';
import type { EiaDatabase } from './db.ts';
import type { StorageContext } from './context.ts';

/**
 * WHAT IS STORED: the `templates` table (Dexie version 2), one row per template version this browser
 * learnt from an imported file (later: made in the designer). Built-in templates are never stored. A
 * stored version never changes: storing a different definition under a known id and version is refused.
 */

/** Stores and learns template definitions (already checked by the file's parse path). */
export async function saveTemplates(
  ctx: StorageContext,
  definitions: readonly TemplateDefinition[],
  source: string,
): Promise<void> {
  const fresh = definitions.filter((d) => !isBuiltInTemplate(d.id, d.version));
  for (const d of fresh) {
    const conflict = templateConflict(d);
    if (conflict) throw new Error(conflict);
  }
  if (fresh.length === 0) return;
  const addedAt = ctx.now().toISOString();
  await ctx.db.transaction('rw', ctx.db.templates, async () => {
    for (const d of fresh) {
      const key = `${d.id}@${d.version}`;
      if (await ctx.db.templates.get(key)) continue;
      await ctx.db.templates.add({ key, id: d.id, version: d.version, definition: d, addedAt, source });
    }
  });
  for (const d of fresh) registerTemplate(d);
}

/**
 * Learns every stored template, so assessments written on them open. A row that no longer reads (never
 * expected) is skipped, not fatal: its assessments then say their template is missing.
 */
export async function loadStoredTemplates(db: EiaDatabase): Promise<number> {
  let learnt = 0;
  const rows = await db.templates.toArray();
  if (rows.length === 0) return 0;
  // The template parse (Zod) only when there is a stored template to read: most browsers have none, and
  // then opening an assessment loads no validation library.
  const { parseTemplateDefinition } = await import('@schemas/template-parse.ts');
  for (const row of rows) {
    const parsed = parseTemplateDefinition(row.definition, `The stored template "${row.key}"`);
    if (!parsed.ok || templateConflict(parsed.definition)) continue;
    if (registerTemplate(parsed.definition)) learnt += 1;
  }
  return learnt;
}
