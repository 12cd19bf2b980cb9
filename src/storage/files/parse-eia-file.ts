import { assessmentSchemaFor, type Assessment } from '@schemas/assessment.ts';
import { checkQuestion } from '@schemas/completion.ts';
import { EIA_FILE_FORMAT, envelopeSchema, type Envelope } from '@schemas/envelope.ts';
import { migrateAssessmentRecord } from '@schemas/migrations/assessment-migrations.ts';
import { migrateEnvelope } from '@schemas/migrations/envelope-migrations.ts';
import { type MigrationOutcome, type PlainRecord } from '@schemas/migrations/run-migrations.ts';
import { localiseTemplate, type Template, type TemplateDefinition } from '@schemas/template-definition.ts';
import { parseTemplateDefinition } from '@schemas/template-parse.ts';
import {
  currentTemplate,
  findTemplate,
  findTemplateDefinition,
  templateConflict,
} from '@schemas/templates/index.ts';
import {
  describeAssessmentPath,
  describeEnvelopePath,
  describeIssue,
  describeType,
} from './describe-issue.ts';
import {
  MAX_FILE_BYTES,
  MAX_JSON_DEPTH,
  decodeUtf8,
  describeJsonSyntaxError,
  findForbiddenKey,
  formatBytes,
  jsonDepthExceeds,
} from './json-safety.ts';
import { runAll, runInSlices, type Steps } from './slices.ts';
import { TEMPLATE_FILE_FORMAT } from './template-file.ts';

/**
 * THE one parse path for `.eia.json` files: import in the app, the PDF's embedded attachment and the
 * `eia` command line all go through here. Pure over (fileName, bytes or text): no I/O, no IndexedDB.
 *
 * Order: size → UTF-8 → nesting depth → JSON → forbidden keys → detect format → migrate envelope →
 * validate envelope → for each assessment: migrate, check template, validate. All or nothing: one bad
 * assessment rejects the whole file, and every problem found is reported (up to MAX_PROBLEMS).
 *
 * Every message starts with the file name in quotes and says, in plain English, which field is wrong and
 * what was expected, e.g.  "old.eia.json": assessment 2 ("Social media…"), "Age" should be text but is a number.
 */

export type ParsedEiaFile = {
  ok: true;
  fileName: string;
  /** 'envelope' for an export; 'record' for a bare assessment record (one assessment, no envelope). */
  kind: 'envelope' | 'record';
  exportedAt: string | null;
  assessments: Assessment[];
  /** True when any part of the file was written by an older version and migrated on the way in. */
  migrated: boolean;
  /**
   * Template definitions the file carries that this app did not know (checked; not yet learnt). The
   * importer stores and learns them (registerTemplate) before it saves the assessments.
   */
  templates: TemplateDefinition[];
};

export type EiaFileError = {
  ok: false;
  fileName: string;
  /** Each problem as a full sentence starting with the file name. */
  problems: string[];
  /** All problems joined for display in one paragraph. */
  message: string;
};

export type EiaFileResult = ParsedEiaFile | EiaFileError;

export const MAX_PROBLEMS = 10;

export type ParseOptions = { maxBytes?: number };

/** How far a parse has got: assessments checked of the file's total (0 of 0 before the JSON is read). */
export type ParseProgress = { checked: number; total: number };
type ParseSteps = Steps<ParseProgress, EiaFileResult>;

export function fail(fileName: string, problems: string[]): EiaFileError {
  const listed = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) {
    listed.push(`${q(fileName)}: and ${problems.length - MAX_PROBLEMS} more problems.`);
  }
  return { ok: false, fileName, problems: listed, message: listed.join(' ') };
}

function q(text: string): string {
  return `"${text}"`;
}

/** Parse the raw bytes of a file (checks the size and the text encoding first). */
export function parseEiaBytes(
  fileName: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): EiaFileResult {
  return runAll(bytesSteps(fileName, bytes, options));
}

/**
 * As parseEiaBytes, in slices of a few milliseconds with the browser's turn between them (for a page
 * that must stay usable while a large file is checked), reporting how many assessments are checked.
 */
export function parseEiaBytesInSlices(
  fileName: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
  onProgress?: (progress: ParseProgress) => void,
): Promise<EiaFileResult> {
  return runInSlices(bytesSteps(fileName, bytes, options), onProgress);
}

/** As parseEiaText, in slices (see parseEiaBytesInSlices). */
export function parseEiaTextInSlices(
  fileName: string,
  text: string,
  options: ParseOptions = {},
  onProgress?: (progress: ParseProgress) => void,
): Promise<EiaFileResult> {
  return runInSlices(textSteps(fileName, text, options), onProgress);
}

function* bytesSteps(fileName: string, bytes: Uint8Array, options: ParseOptions): ParseSteps {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.byteLength > maxBytes) return tooBig(fileName, bytes.byteLength, maxBytes);
  const text = decodeUtf8(bytes);
  if (text === null) {
    return fail(fileName, [
      `${q(fileName)} is not an EIA Builder file: it is not a text file. Choose a file whose name ends in .eia.json, exported from EIA Builder.`,
    ]);
  }
  yield { checked: 0, total: 0 };
  return yield* textSteps(fileName, text, options);
}

export function tooBig(fileName: string, size: number, maxBytes = MAX_FILE_BYTES): EiaFileError {
  return fail(fileName, [
    `${q(fileName)} is too big to import (${formatBytes(size)}; the largest EIA Builder file that can be imported is ${formatBytes(maxBytes)}). Check you chose the right file.`,
  ]);
}

/** Parse the text of a file. */
export function parseEiaText(fileName: string, rawText: string, options: ParseOptions = {}): EiaFileResult {
  return runAll(textSteps(fileName, rawText, options));
}

function* textSteps(fileName: string, rawText: string, options: ParseOptions): ParseSteps {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  // A JS string is at most ~3 bytes of UTF-8 per UTF-16 unit; a cheap upper-bound check before encoding.
  if (rawText.length > maxBytes) return tooBig(fileName, rawText.length, maxBytes);
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.trim() === '') {
    return fail(fileName, [`${q(fileName)} is empty. Choose a file exported from EIA Builder.`]);
  }
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    return fail(fileName, [
      `${q(fileName)} is not an EIA Builder file: its data is nested more than ${MAX_JSON_DEPTH} levels deep, which EIA Builder never writes.`,
    ]);
  }
  yield { checked: 0, total: 0 };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(fileName, [
      `${q(fileName)} is not an EIA Builder file: it is not valid JSON${describeJsonSyntaxError(text, error)}. If you edited it by hand, undo that change or export the assessment again.`,
    ]);
  }
  yield { checked: 0, total: 0 };
  const forbidden = findForbiddenKey(data);
  if (forbidden) {
    return fail(fileName, [
      `${q(fileName)} was not imported: it contains a field named "${forbidden.key}", which EIA Builder never writes and which could be used to attack the app. Use an unaltered export.`,
    ]);
  }
  yield { checked: 0, total: 0 };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(fileName, [
      `${q(fileName)} is not an EIA Builder file: it holds ${describeType(data)} instead of a group of fields with "format": "${EIA_FILE_FORMAT}".`,
    ]);
  }
  const root = data as PlainRecord;
  if ('format' in root) return yield* envelopeSteps(fileName, root);
  if ('schemaVersion' in root && 'answers' in root) {
    return yield* finishSteps(fileName, 'record', null, [root], false, { single: true });
  }
  return fail(fileName, [
    `${q(fileName)} is not an EIA Builder file: it has no "format" field saying what it is. Choose a file exported from EIA Builder (its name ends in .eia.json).`,
  ]);
}

function* envelopeSteps(fileName: string, root: PlainRecord): ParseSteps {
  if (root.format === TEMPLATE_FILE_FORMAT) {
    return fail(fileName, [
      `${q(fileName)} is a template, not assessments: import it on the Templates page.`,
    ]);
  }
  if (root.format !== EIA_FILE_FORMAT) {
    return fail(fileName, [
      `${q(fileName)} is not an EIA Builder file: its "format" is ${JSON.stringify(root.format)}, not "${EIA_FILE_FORMAT}". Choose a file exported from EIA Builder (its name ends in .eia.json).`,
    ]);
  }
  const migrated = migrateEnvelope(root);
  if (!migrated.ok) return fail(fileName, [versionProblem(`${q(fileName)}`, 'file format', migrated)]);
  const envelope = envelopeSchema.safeParse(migrated.value);
  if (!envelope.success) {
    return fail(
      fileName,
      envelope.error.issues.map(
        (issue) =>
          `${q(fileName)}: ${describeIssue(issue, migrated.value, describeEnvelopePath(issue.path))}.`,
      ),
    );
  }
  const { assessments, exportedAt } = envelope.data;
  if (assessments.length === 0) {
    return fail(fileName, [`${q(fileName)} has no assessments in it, so there is nothing to import.`]);
  }
  const carried = carriedTemplates(fileName, envelope.data.templates);
  if (!carried.ok) return fail(fileName, carried.problems);
  return yield* finishSteps(fileName, 'envelope', exportedAt, assessments, migrated.applied.length > 0, {
    single: assessments.length === 1,
    carried: carried.templates,
  });
}

function* finishSteps(
  fileName: string,
  kind: 'envelope' | 'record',
  exportedAt: string | null,
  items: readonly unknown[],
  envelopeMigrated: boolean,
  { single, carried = new Map() }: { single: boolean; carried?: Map<string, TemplateDefinition> },
): ParseSteps {
  const problems: string[] = [];
  const assessments: Assessment[] = [];
  let migrated = envelopeMigrated;
  const firstIndexOfId = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    yield { checked: index, total: items.length };
    const item = items[index];
    const where = `${q(fileName)}: ${assessmentLabel(item, index, single)}`;
    const result = parseOneAssessment(item, where, carried);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    migrated ||= result.migrated;
    const earlier = firstIndexOfId.get(result.assessment.id);
    if (earlier !== undefined) {
      problems.push(
        `${where} has the same id as assessment ${earlier + 1} ("${result.assessment.id}"). Each assessment in a file must have its own id.`,
      );
      continue;
    }
    firstIndexOfId.set(result.assessment.id, index);
    assessments.push(result.assessment);
  }
  yield { checked: items.length, total: items.length };
  if (problems.length > 0) {
    if (items.length > 1) {
      problems.push(
        `${q(fileName)}: nothing from this file was imported, because some of its assessments have problems. Fix or remove them and import the file again.`,
      );
    }
    return fail(fileName, problems);
  }
  const used = new Set(assessments.map((a) => `${a.templateId}@${a.templateVersion}`));
  const templates = [...carried.entries()].filter(([key]) => used.has(key)).map(([, t]) => t);
  return { ok: true, fileName, kind, exportedAt, assessments, migrated, templates };
}

/** `assessment 2 ("Social media…")`, or `the assessment ("Social media…")` in a one-assessment file. */
function assessmentLabel(item: unknown, index: number, single: boolean): string {
  const answers = item && typeof item === 'object' ? (item as PlainRecord).answers : undefined;
  const title = answers && typeof answers === 'object' ? (answers as PlainRecord).projectTitle : undefined;
  const label = single ? 'the assessment' : `assessment ${index + 1}`;
  if (typeof title !== 'string' || title.trim() === '') return label;
  const trimmed = title.trim();
  return `${label} (${q(trimmed.length > 30 ? `${trimmed.slice(0, 30).trimEnd()}…` : trimmed)})`;
}

type OneResult = { ok: true; assessment: Assessment; migrated: boolean } | { ok: false; problems: string[] };

/**
 * The template definitions a file carries that this app does not know yet, checked through the one
 * template parse path. A definition that contradicts a known version (a version never changes) or that
 * does not match its own id and version refuses the file.
 */
function carriedTemplates(
  fileName: string,
  refs: Envelope['templates'],
): { ok: true; templates: Map<string, TemplateDefinition> } | { ok: false; problems: string[] } {
  const templates = new Map<string, TemplateDefinition>();
  const problems: string[] = [];
  for (const ref of refs) {
    if (ref.definition === undefined) continue;
    const where = `${q(fileName)}: the template "${ref.id}" version "${ref.version}"`;
    const parsed = parseTemplateDefinition(ref.definition, where);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const { definition } = parsed;
    if (definition.id !== ref.id || definition.version !== ref.version) {
      problems.push(
        `${where} holds the definition of "${definition.id}" version "${definition.version}" instead.`,
      );
      continue;
    }
    const conflict = templateConflict(definition);
    if (conflict) {
      problems.push(`${q(fileName)}: ${conflict}`);
      continue;
    }
    const key = `${ref.id}@${ref.version}`;
    if (templates.has(key)) {
      problems.push(`${where} is given twice. Each template version may be given once.`);
      continue;
    }
    if (!findTemplateDefinition(ref.id, ref.version)) templates.set(key, definition);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, templates };
}

function parseOneAssessment(
  item: unknown,
  where: string,
  carried: ReadonlyMap<string, TemplateDefinition> = new Map(),
): OneResult {
  const lookup = (id: string, version: string): Template | undefined => {
    const definition = carried.get(`${id}@${version}`);
    return definition ? localiseTemplate(definition) : findTemplate(id, version);
  };
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return { ok: false, problems: [`${where} should be a group of fields but is ${describeType(item)}.`] };
  }
  const migrated = migrateAssessmentRecord(item as PlainRecord);
  if (!migrated.ok) return { ok: false, problems: [versionProblem(where, 'assessment', migrated)] };
  const record = migrated.value;
  const { templateId, templateVersion } = record;
  if (typeof templateId === 'string' && typeof templateVersion === 'string') {
    if (!lookup(templateId, templateVersion)) {
      return {
        ok: false,
        problems: [
          `${where} was written on the template "${templateId}" version "${templateVersion}", which this browser does not have and the file does not carry. Import the template first (its .eia-template.json file), or ask for a file exported by a newer EIA Builder, which carries it.`,
        ],
      };
    }
  }
  const template =
    typeof templateId === 'string' && typeof templateVersion === 'string'
      ? (lookup(templateId, templateVersion) ?? currentTemplate)
      : currentTemplate;
  const parsed = assessmentSchemaFor(template).safeParse(record);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(
        (issue) => `${where}, ${describeIssue(issue, record, describeAssessmentPath(issue.path, template))}.`,
      ),
    };
  }
  const overLimit = completedOverLimit(parsed.data, template, where);
  if (overLimit.length > 0) return { ok: false, problems: overLimit };
  return { ok: true, assessment: parsed.data, migrated: migrated.applied.length > 0 };
}

/**
 * The form's rule for answer length, applied on the way in: a draft may hold an answer over its question's
 * limit (the character count says so, and nothing typed is cut), but a section with one cannot be marked
 * as completed. A file that says otherwise would otherwise change the section back to "In progress"
 * without a word; it is refused with the same message the form gives.
 */
function completedOverLimit(assessment: Assessment, template: Template, where: string): string[] {
  return template.sections
    .filter((section) => assessment.completedSections.includes(section.id))
    .flatMap((section) =>
      section.questions
        .filter((question) => {
          const text = assessment.answers[question.id];
          return (
            typeof text === 'string' && text.trim() !== '' && text.length > (question.maxLength ?? Infinity)
          );
        })
        .map(
          (question) =>
            `${where}: section ${section.number} (${section.title}) is marked as completed, but ${checkQuestion(question, assessment.answers)?.message ?? `${question.label} is too long`}. Shorten that answer (or mark the section as not completed) where the file was made, export it again and import the new file.`,
        ),
    );
}

function versionProblem(
  where: string,
  what: 'file format' | 'assessment',
  outcome: Exclude<MigrationOutcome, { ok: true }>,
): string {
  const field = what === 'file format' ? '"formatVersion"' : '"schemaVersion"';
  switch (outcome.reason) {
    case 'missing-version':
      return `${where} has no ${what} version: ${field} should be a whole number but is ${describeType(outcome.found)}.`;
    case 'newer-version':
      return `${where} was made by a newer version of EIA Builder (${what} version ${outcome.version}; this version reads up to ${outcome.current}). Update EIA Builder (reload the page) and try again.`;
    case 'unknown-version':
      return `${where} has a ${what} version (${outcome.version}) that EIA Builder never used, so it cannot be read.`;
    case 'migration-failed':
      return `${where} could not be brought up to date from ${what} version ${outcome.version} ("${outcome.description}"). The file may be damaged.`;
  }
}
