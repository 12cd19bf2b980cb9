import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { canonicalJson, parseTemplateDefinition } from '@schemas/template-parse.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import {
  fileProblem,
  phrase,
  sizePhrase,
  type FileProblem,
  type FileProblemCode,
  type FileValues,
} from '@schemas/file-problems.ts';
import {
  decodeUtf8,
  findForbiddenKey,
  jsonDepthExceeds,
  jsonSyntaxPosition,
  looksLikeHtml,
  MAX_JSON_DEPTH,
} from './json-safety.ts';

/**
 * A template on its own, as a file (`.eia-template.json`): exported from the templates page, imported in
 * another browser to give the same template, same version. Importing goes through the same defences as
 * an `.eia.json` file (size, UTF-8, nesting depth before parsing, prototype keys) and then the one
 * template parse path (schemas/template-parse.ts: migrate, then validate: unknown kinds, duplicate
 * answer keys, roles used twice…). A follow-up question is nested inside its yes / no question, so a
 * cycle of follow-ups cannot be written; a follow-up that points elsewhere is an unknown field and refused.
 * Every problem names the file, as a code with values (schemas/file-problems.ts) and its English sentence;
 * nothing is written unless all is well.
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
  | { ok: true; definition: TemplateDefinition; alreadyHere: boolean }
  /** `problems` in English (the command line's words), `coded` for the interface to word. */
  | { ok: false; problems: string[]; coded: FileProblem[] };

export function parseTemplateFileBytes(fileName: string, bytes: Uint8Array): TemplateFileResult {
  if (bytes.byteLength > MAX_TEMPLATE_FILE_BYTES) {
    return refuse(fileName, 'templateFileTooBig', {
      size: sizePhrase(bytes.byteLength),
      max: sizePhrase(MAX_TEMPLATE_FILE_BYTES),
    });
  }
  const text = decodeUtf8(bytes);
  if (text === null) return refuse(fileName, 'templateFileNotText');
  return parseTemplateFileText(fileName, text);
}

export function parseTemplateFileText(fileName: string, text: string): TemplateFileResult {
  if (text.length > MAX_TEMPLATE_FILE_BYTES) {
    return refuse(fileName, 'templateFileTooLong', { max: sizePhrase(MAX_TEMPLATE_FILE_BYTES) });
  }
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    return refuse(fileName, 'templateFileTooDeep', { depth: MAX_JSON_DEPTH });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (looksLikeHtml(text)) return refuse(fileName, 'templateFileIsHtml');
    const at = jsonSyntaxPosition(text, error);
    if (at === 'ends') return refuse(fileName, 'templateFileNotJsonEnds');
    return at ? refuse(fileName, 'templateFileNotJsonAt', at) : refuse(fileName, 'templateFileNotJson');
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    const path = forbidden.path.join('.');
    return path
      ? refuse(fileName, 'templateFileForbiddenKey', { key: forbidden.key, path })
      : refuse(fileName, 'templateFileForbiddenKeyTop', { key: forbidden.key });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refuse(fileName, 'templateFileNotObject');
  }
  const file = value as Partial<Record<keyof TemplateFile, unknown>>;
  if (file.format !== TEMPLATE_FILE_FORMAT) {
    return refuse(fileName, 'templateFileWrongFormat');
  }
  if (typeof file.formatVersion !== 'number' || file.formatVersion > TEMPLATE_FILE_VERSION) {
    return refuse(fileName, 'templateFileNewer');
  }
  const parsed = parseTemplateDefinition(file.template, phrase('whereTemplateFile', { file: fileName }));
  if (!parsed.ok) return { ok: false, problems: parsed.problems, coded: parsed.coded };
  const existing = findTemplateDefinition(parsed.definition.id, parsed.definition.version);
  if (existing && canonicalJson(existing) !== canonicalJson(parsed.definition)) {
    return refuse(fileName, 'templateFileChanged', {
      version: parsed.definition.version,
      title: parsed.definition.title.en,
    });
  }
  return { ok: true, definition: parsed.definition, alreadyHere: existing !== undefined };
}

function refuse(
  fileName: string,
  code: FileProblemCode,
  values: FileValues = {},
): { ok: false; problems: string[]; coded: FileProblem[] } {
  const problem = fileProblem(code, { file: fileName, ...values });
  return { ok: false, problems: [problem.message], coded: [problem] };
}
