import type { TemplateDefinition } from '../template-definition.ts';
import { hcpcEia201810 } from './hcpc-eia-2018-10.ts';

export { hcpcEia201810 };

/** The template new assessments are written against. */
export const currentTemplate: TemplateDefinition = hcpcEia201810;

const templates: TemplateDefinition[] = [hcpcEia201810];

export function findTemplate(id: string, version: string): TemplateDefinition | undefined {
  return templates.find((t) => t.id === id && t.version === version);
}
