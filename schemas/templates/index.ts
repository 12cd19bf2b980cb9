import { localiseTemplate, type Template, type TemplateDefinition } from '../template-definition.ts';
import { hcpcEia201810 as hcpcEia201810Definition } from './hcpc-eia-2018-10.ts';

export { hcpcEia201810Definition };

/** HCPC 2018-10 in English, as screens and outputs read it. */
export const hcpcEia201810: Template = localiseTemplate(hcpcEia201810Definition);

/** The templates that ship with the app: read-only, published. */
export const builtInTemplates: readonly TemplateDefinition[] = [hcpcEia201810Definition];

/** The template new assessments are written against, in English. */
export const currentTemplate: Template = hcpcEia201810;

/** A built-in template version, in English; undefined when this app was not built with it. */
export function findTemplate(id: string, version: string): Template | undefined {
  const definition = builtInTemplates.find((t) => t.id === id && t.version === version);
  return definition && localiseTemplate(definition);
}

export function isBuiltInTemplate(id: string, version: string): boolean {
  return builtInTemplates.some((t) => t.id === id && t.version === version);
}
