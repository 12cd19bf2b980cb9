import { canonicalJson } from '../plain/template-parse.ts';
import { assessmentLanguage } from '../plain/assessment.ts';
import type { Language } from '../local-text.ts';
import { languageFor, localiseTemplate } from '../plain/template-definition.ts';
import { type Template, type TemplateDefinition } from '../template-definition.ts';
import { hcpcEia201810 as hcpcEia201810Definition } from './hcpc-eia-2018-10.ts';

export { hcpcEia201810Definition };

/** HCPC 2018-10 in English, as screens and outputs read it. */
export const hcpcEia201810: Template = localiseTemplate(hcpcEia201810Definition);

/** The templates that ship with the app: read-only, published. */
export const builtInTemplates: readonly TemplateDefinition[] = [hcpcEia201810Definition];

/** The template new assessments are written against, in English. */
export const currentTemplate: Template = hcpcEia201810;

/**
 * Templates this app has learnt at run time: stored in this browser (src/storage loads them when the
 * database opens), or carried in a file being read (the command line, an import). A template version
 * never changes, so a second definition of a known id and version must be the same, or it is refused.
 */
const known = new Map<string, TemplateDefinition>();
const keyOf = (id: string, version: string) => `${id}@${version}`;

/** A template definition this app knows (built in, or learnt), by id and version. */
export function findTemplateDefinition(id: string, version: string): TemplateDefinition | undefined {
  return builtInTemplates.find((t) => t.id === id && t.version === version) ?? known.get(keyOf(id, version));
}

/** A known template version, in `language` (English by default); undefined when this app has not got it. */
export function findTemplate(id: string, version: string, language: Language = 'en'): Template | undefined {
  const definition = findTemplateDefinition(id, version);
  return definition && localiseTemplate(definition, languageFor(definition, language));
}

/**
 * The template an assessment was written on, in the language it was written in (English for records
 * from before assessments had a language). What the form, Check your answers and the outputs print.
 */
export function templateOf(assessment: {
  templateId: string;
  templateVersion: string;
  language?: Language | undefined;
}): Template | undefined {
  return findTemplate(assessment.templateId, assessment.templateVersion, assessmentLanguage(assessment));
}

export function isBuiltInTemplate(id: string, version: string): boolean {
  return builtInTemplates.some((t) => t.id === id && t.version === version);
}

/**
 * The definition as published in English: without its Welsh texts, their review marks and its list of
 * languages. A Welsh version added to (or corrected in) a version is not a change of that version: the
 * built-in HCPC 2018-10 gained its Welsh after files carrying the English-only definition were exported.
 */
function englishOnly(definition: TemplateDefinition): unknown {
  return JSON.parse(
    JSON.stringify(definition, (key, value: unknown) =>
      key === 'cy' || key === 'cyNeedsReview' || key === 'languages' ? undefined : value,
    ),
  );
}

/**
 * Null when `definition` can be learnt (new, or the same as the known one); otherwise why not. The
 * known definition is kept: one that differs only in its Welsh texts is the same version.
 */
export function templateConflict(definition: TemplateDefinition): string | null {
  const existing = findTemplateDefinition(definition.id, definition.version);
  if (!existing || canonicalJson(englishOnly(existing)) === canonicalJson(englishOnly(definition)))
    return null;
  return `The template "${definition.id}" version "${definition.version}" is already here with different content. A published version never changes: give the changed template a new version number.`;
}

/** Learns a template definition (checked with templateConflict first). Returns true when it was new. */
export function registerTemplate(definition: TemplateDefinition): boolean {
  if (templateConflict(definition)) throw new Error(templateConflict(definition)!);
  if (findTemplateDefinition(definition.id, definition.version)) return false;
  known.set(keyOf(definition.id, definition.version), definition);
  return true;
}

/**
 * Forgets one learnt template version (the designer's PDF preview of a draft, once handed to the PDF
 * maker). Built-in templates stay.
 */
export function forgetTemplate(id: string, version: string): void {
  known.delete(keyOf(id, version));
}

/** Forgets every learnt template (tests; a database deleted). Built-in templates stay. */
export function forgetLearntTemplates(): void {
  known.clear();
}

/**
 * Orders two versions of one template: numbers compare as numbers ("2018-10" < "2026-01", "1.9" < "1.10").
 * Negative when `a` is older than `b`.
 */
export function compareTemplateVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** Every version of template `id` this app knows (built in and learnt), oldest first. */
export function templateVersionsOf(id: string): TemplateDefinition[] {
  const all = [...builtInTemplates, ...known.values()].filter((t) => t.id === id);
  return all.sort((a, b) => compareTemplateVersions(a.version, b.version));
}

/** The newest version of template `id` this app knows, if any. */
export function newestTemplateVersion(id: string): TemplateDefinition | undefined {
  return templateVersionsOf(id).at(-1);
}

/** Every template version this app knows (built in and learnt), by id then oldest version first. */
export function knownTemplateDefinitions(): TemplateDefinition[] {
  return [...builtInTemplates, ...known.values()].sort(
    (a, b) => a.id.localeCompare(b.id) || compareTemplateVersions(a.version, b.version),
  );
}
