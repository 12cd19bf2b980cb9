import { templateLanguages, type TemplateDefinition } from '@schemas/template-definition.ts';

/**
 * A copy of a template to adapt: a new template id, version 1, named by the EDI manager (in English, and
 * in Welsh when given). A bilingual source stays bilingual when the copy has a Welsh name; without one it
 * is published in English only (its Welsh texts kept, so adding the Welsh name makes it bilingual again).
 */
export function copyOfTemplate(
  source: TemplateDefinition,
  name: string,
  id: string,
  welshName = '',
): TemplateDefinition {
  const cy = welshName.trim();
  const title = cy ? { en: name.trim(), cy } : { en: name.trim() };
  const languages = templateLanguages(source);
  const copyLanguages = !cy && languages.length === 2 ? (['en'] as const) : languages;
  return {
    ...structuredClone(source),
    id,
    version: '1',
    languages: [...copyLanguages],
    title,
    shortTitle: { ...title },
  };
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
