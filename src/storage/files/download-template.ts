import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { downloadText } from './download.ts';
import { buildTemplateFile, templateFileName } from './template-file.ts';

/** Saves a template as an `.eia-template.json` file (the user asked); returns the file's name. */
export function downloadTemplate(definition: TemplateDefinition, now = new Date()): string {
  const fileName = templateFileName(definition);
  downloadText(fileName, buildTemplateFile(definition, now));
  return fileName;
}
