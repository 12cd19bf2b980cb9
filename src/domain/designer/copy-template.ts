import type { TemplateDefinition } from '@schemas/template-definition.ts';

/** A copy of a template to adapt: a new template id, version 1, named by the EDI manager. */
export function copyOfTemplate(source: TemplateDefinition, name: string, id: string): TemplateDefinition {
  const title = name.trim();
  return { ...structuredClone(source), id, version: '1', title: { en: title }, shortTitle: { en: title } };
}

/** A template id from its name ("Council EIA" → "council-eia"), not one of `used`. */
export function templateIdFromName(name: string, used: ReadonlySet<string>): string {
  let base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (!/^[a-z0-9]/.test(base)) base = `template${base ? `-${base}` : ''}`;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
