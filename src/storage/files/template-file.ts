import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { canonicalJson, parseTemplateDefinition } from '@schemas/template-parse.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import {
  decodeUtf8,
  describeJsonSyntaxError,
  findForbiddenKey,
  formatBytes,
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
} from './json-safety.ts';

/**
 * A template on its own, as a file (`.eia-template.json`): exported from the templates page, imported in
 * another browser to give the same template, same version. Importing goes through the same defences as
 * an `.eia.json` file (size, UTF-8, nesting depth before parsing, prototype keys) and then the one
 * template parse path (schemas/template-parse.ts: migrate, then validate: unknown kinds, duplicate
 * answer keys, roles used twice…). A follow-up question is nested inside its yes / no question, so a
 * cycle of follow-ups cannot be written; a follow-up that points elsewhere is an unknown field and refused.
 * Every problem is a plain sentence naming the file; nothing is written unless all is well.
 */
export const TEMPLATE_FILE_FORMAT = 'eia-template';
export const TEMPLATE_FILE_VERSION = 1;
export const MAX_TEMPLATE_FILE_BYTES = 5 * 1024 * 1024;

export type TemplateFile = {
  format: typeof TEMPLATE_FILE_FORMAT;
  formatVersion: typeof TEMPLATE_FILE_VERSION;
  exportedAt: string;
  template: TemplateDefinition;
};

export function buildTemplateFile(definition: TemplateDefinition, now = new Date()): string {
  const file: TemplateFile = {
    format: TEMPLATE_FILE_FORMAT,
    formatVersion: TEMPLATE_FILE_VERSION,
    exportedAt: now.toISOString(),
    template: definition,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function templateFileName(definition: TemplateDefinition): string {
  return `${definition.id}-${definition.version}.eia-template.json`;
}

export type TemplateFileResult =
  { ok: true; definition: TemplateDefinition; alreadyHere: boolean } | { ok: false; problems: string[] };

export function parseTemplateFileBytes(fileName: string, bytes: Uint8Array): TemplateFileResult {
  if (bytes.byteLength > MAX_TEMPLATE_FILE_BYTES) {
    return refuse(
      fileName,
      `is ${formatBytes(bytes.byteLength)}, more than a template file can be (${formatBytes(MAX_TEMPLATE_FILE_BYTES)}). Check it is an .eia-template.json file.`,
    );
  }
  const text = decodeUtf8(bytes);
  if (text === null)
    return refuse(fileName, 'is not a text file (it is not UTF-8). Check it is an .eia-template.json file.');
  return parseTemplateFileText(fileName, text);
}

export function parseTemplateFileText(fileName: string, text: string): TemplateFileResult {
  if (text.length > MAX_TEMPLATE_FILE_BYTES) {
    return refuse(fileName, `is more than a template file can be (${formatBytes(MAX_TEMPLATE_FILE_BYTES)}).`);
  }
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    return refuse(fileName, `is nested more than ${MAX_JSON_DEPTH} levels deep, which no template file is.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(fileName, `is not a readable file: ${describeJsonSyntaxError(text, error)}`);
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    return refuse(
      fileName,
      `has a field named "${forbidden.key}" (at ${forbidden.path.join('.') || 'the top'}), which EIA Builder never writes. It was not imported.`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refuse(fileName, 'is not an EIA Builder template file.');
  }
  const file = value as Partial<Record<keyof TemplateFile, unknown>>;
  if (file.format !== TEMPLATE_FILE_FORMAT) {
    return refuse(
      fileName,
      'is not an EIA Builder template file (an .eia-template.json file exported from the Templates page).',
    );
  }
  if (typeof file.formatVersion !== 'number' || file.formatVersion > TEMPLATE_FILE_VERSION) {
    return refuse(
      fileName,
      'was made by a newer version of EIA Builder. Update EIA Builder (reload the page) and try again.',
    );
  }
  const parsed = parseTemplateDefinition(file.template, `“${fileName}”: the template`);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const existing = findTemplateDefinition(parsed.definition.id, parsed.definition.version);
  if (existing && canonicalJson(existing) !== canonicalJson(parsed.definition)) {
    return refuse(
      fileName,
      `has version “${parsed.definition.version}” of the template “${parsed.definition.title.en}”, which is already here with different content. A version never changes: ask for the file to be exported again with a new version number. Nothing was imported.`,
    );
  }
  return { ok: true, definition: parsed.definition, alreadyHere: existing !== undefined };
}

function refuse(fileName: string, problem: string): { ok: false; problems: string[] } {
  return { ok: false, problems: [`“${fileName}” ${problem}`] };
}
