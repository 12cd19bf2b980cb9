import { assessmentSchemaFor, type Assessment } from '@schemas/assessment.ts';
import { problem as answerProblem } from '@schemas/answer-problems.ts';
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
  fileProblem,
  phrase,
  sizePhrase,
  type FilePhrase,
  type FileProblem,
} from '@schemas/file-problems.ts';
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
  findForbiddenKey,
  jsonDepthExceeds,
  jsonSyntaxPosition,
  looksLikeHtml,
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
 * Every problem is a code with its values (schemas/file-problems.ts), worded by the interface's catalogue in
 * English or Welsh; its English sentence (the command line's) starts with the file name in quotes and says
 * which field is wrong and what was expected, e.g.
 * "old.eia.json": assessment 2 ("Social media…"), "Age" should be text but is a number.
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
  /** Each problem as a full English sentence starting with the file name (the command line's words). */
  problems: string[];
  /** The same problems as codes and values, for the interface to word in its language. */
  coded: FileProblem[];
  /** All problems joined for display in one paragraph. */
  message: string;
};

export type EiaFileResult = ParsedEiaFile | EiaFileError;

export const MAX_PROBLEMS = 10;

export type ParseOptions = { maxBytes?: number };

/** How far a parse has got: assessments checked of the file's total (0 of 0 before the JSON is read). */
export type ParseProgress = { checked: number; total: number };
type ParseSteps = Steps<ParseProgress, EiaFileResult>;

export function fail(fileName: string, problems: FilePhrase[]): EiaFileError {
  const listed = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) {
    listed.push(phrase('moreProblems', { file: fileName, count: problems.length - MAX_PROBLEMS }));
  }
  const coded = listed.map(({ code, values }) => fileProblem(code, values));
  const english = coded.map((p) => p.message);
  return { ok: false, fileName, problems: english, coded, message: english.join(' ') };
}

/** A problem about the whole file. */
function about(
  fileName: string,
  code: Parameters<typeof phrase>[0],
  values: Record<string, FilePhrase['values'][string]> = {},
) {
  return [phrase(code, { file: fileName, ...values })];
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
    return fail(fileName, about(fileName, 'notText'));
  }
  yield { checked: 0, total: 0 };
  return yield* textSteps(fileName, text, options);
}

export function tooBig(fileName: string, size: number, maxBytes = MAX_FILE_BYTES): EiaFileError {
  return fail(fileName, about(fileName, 'tooBig', { size: sizePhrase(size), max: sizePhrase(maxBytes) }));
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
    return fail(fileName, about(fileName, 'empty'));
  }
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    return fail(fileName, about(fileName, 'tooDeep', { depth: MAX_JSON_DEPTH }));
  }
  yield { checked: 0, total: 0 };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // A web page, such as the accessible HTML version the app saves: not an edit gone wrong.
    if (looksLikeHtml(text)) {
      return fail(fileName, about(fileName, 'isHtml'));
    }
    const at = jsonSyntaxPosition(text, error);
    return fail(
      fileName,
      at === 'ends'
        ? about(fileName, 'notJsonEnds')
        : at
          ? about(fileName, 'notJsonAt', at)
          : about(fileName, 'notJson'),
    );
  }
  yield { checked: 0, total: 0 };
  const forbidden = findForbiddenKey(data);
  if (forbidden) {
    return fail(fileName, about(fileName, 'forbiddenKey', { key: forbidden.key }));
  }
  yield { checked: 0, total: 0 };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(
      fileName,
      about(fileName, 'notObject', { found: describeType(data), format: EIA_FILE_FORMAT }),
    );
  }
  const root = data as PlainRecord;
  if ('format' in root) return yield* envelopeSteps(fileName, root);
  if ('schemaVersion' in root && 'answers' in root) {
    return yield* finishSteps(fileName, 'record', null, [root], false, { single: true });
  }
  return fail(fileName, about(fileName, 'noFormat'));
}

function* envelopeSteps(fileName: string, root: PlainRecord): ParseSteps {
  if (root.format === TEMPLATE_FILE_FORMAT) {
    return fail(fileName, about(fileName, 'isTemplate'));
  }
  if (root.format !== EIA_FILE_FORMAT) {
    return fail(
      fileName,
      about(fileName, 'wrongFormat', { found: String(JSON.stringify(root.format)), format: EIA_FILE_FORMAT }),
    );
  }
  const migrated = migrateEnvelope(root);
  if (!migrated.ok) {
    return fail(fileName, [versionProblem(phrase('whereFile', { file: fileName }), 'file', migrated)]);
  }
  const envelope = envelopeSchema.safeParse(migrated.value);
  if (!envelope.success) {
    return fail(
      fileName,
      envelope.error.issues.map((issue) =>
        phrase('envelopeIssue', {
          file: fileName,
          issue: describeIssue(issue, migrated.value, describeEnvelopePath(issue.path)),
        }),
      ),
    );
  }
  const { assessments, exportedAt } = envelope.data;
  if (assessments.length === 0) {
    return fail(fileName, about(fileName, 'noAssessments'));
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
  const problems: FilePhrase[] = [];
  const assessments: Assessment[] = [];
  let migrated = envelopeMigrated;
  const firstIndexOfId = new Map<string, number>();
  for (let index = 0; index < items.length; index++) {
    yield { checked: index, total: items.length };
    const item = items[index];
    const where = assessmentWhere(fileName, item, index, single);
    const result = parseOneAssessment(item, where, carried);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    migrated ||= result.migrated;
    const earlier = firstIndexOfId.get(result.assessment.id);
    if (earlier !== undefined) {
      problems.push(phrase('duplicateId', { where, n: earlier + 1, id: result.assessment.id }));
      continue;
    }
    firstIndexOfId.set(result.assessment.id, index);
    assessments.push(result.assessment);
  }
  yield { checked: items.length, total: items.length };
  if (problems.length > 0) {
    if (items.length > 1) {
      problems.push(phrase('nothingImported', { file: fileName }));
    }
    return fail(fileName, problems);
  }
  const used = new Set(assessments.map((a) => `${a.templateId}@${a.templateVersion}`));
  const templates = [...carried.entries()].filter(([key]) => used.has(key)).map(([, t]) => t);
  return { ok: true, fileName, kind, exportedAt, assessments, migrated, templates };
}

/** `"f.eia.json": assessment 2 ("Social media…")`, or `the assessment ("Social media…")` in a one-assessment file. */
function assessmentWhere(file: string, item: unknown, index: number, single: boolean): FilePhrase {
  const answers = item && typeof item === 'object' ? (item as PlainRecord).answers : undefined;
  const title = answers && typeof answers === 'object' ? (answers as PlainRecord).projectTitle : undefined;
  const n = index + 1;
  if (typeof title !== 'string' || title.trim() === '') {
    return single ? phrase('whereOnly', { file }) : phrase('whereNth', { file, n });
  }
  const trimmed = title.trim();
  const shown = trimmed.length > 30 ? `${trimmed.slice(0, 30).trimEnd()}…` : trimmed;
  return single
    ? phrase('whereOnlyTitled', { file, title: shown })
    : phrase('whereNthTitled', { file, n, title: shown });
}

type OneResult =
  { ok: true; assessment: Assessment; migrated: boolean } | { ok: false; problems: FilePhrase[] };

/**
 * The template definitions a file carries that this app does not know yet, checked through the one
 * template parse path. A definition that contradicts a known version (a version never changes) or that
 * does not match its own id and version refuses the file.
 */
function carriedTemplates(
  fileName: string,
  refs: Envelope['templates'],
): { ok: true; templates: Map<string, TemplateDefinition> } | { ok: false; problems: FilePhrase[] } {
  const templates = new Map<string, TemplateDefinition>();
  const problems: FilePhrase[] = [];
  for (const ref of refs) {
    if (ref.definition === undefined) continue;
    const where = phrase('whereCarried', { file: fileName, id: ref.id, version: ref.version });
    const parsed = parseTemplateDefinition(ref.definition, where);
    if (!parsed.ok) {
      problems.push(...parsed.coded);
      continue;
    }
    const { definition } = parsed;
    if (definition.id !== ref.id || definition.version !== ref.version) {
      problems.push(phrase('templateMismatch', { where, id: definition.id, version: definition.version }));
      continue;
    }
    if (templateConflict(definition)) {
      problems.push(
        phrase('templateConflict', { file: fileName, id: definition.id, version: definition.version }),
      );
      continue;
    }
    const key = `${ref.id}@${ref.version}`;
    if (templates.has(key)) {
      problems.push(phrase('templateTwice', { where }));
      continue;
    }
    if (!findTemplateDefinition(ref.id, ref.version)) templates.set(key, definition);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, templates };
}

function parseOneAssessment(
  item: unknown,
  where: FilePhrase,
  carried: ReadonlyMap<string, TemplateDefinition> = new Map(),
): OneResult {
  const lookup = (id: string, version: string): Template | undefined => {
    const definition = carried.get(`${id}@${version}`);
    return definition ? localiseTemplate(definition) : findTemplate(id, version);
  };
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    return { ok: false, problems: [phrase('assessmentNotObject', { where, found: describeType(item) })] };
  }
  const migrated = migrateAssessmentRecord(item as PlainRecord);
  if (!migrated.ok) return { ok: false, problems: [versionProblem(where, 'assessment', migrated)] };
  const record = migrated.value;
  const { templateId, templateVersion } = record;
  if (typeof templateId === 'string' && typeof templateVersion === 'string') {
    if (!lookup(templateId, templateVersion)) {
      return {
        ok: false,
        problems: [phrase('unknownTemplate', { where, id: templateId, version: templateVersion })],
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
      problems: parsed.error.issues.map((issue) =>
        phrase('assessmentIssue', {
          where,
          issue: describeIssue(issue, record, describeAssessmentPath(issue.path, template)),
        }),
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
function completedOverLimit(assessment: Assessment, template: Template, where: FilePhrase): FilePhrase[] {
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
        .flatMap((question) => {
          // The form's own problem for it (a text over its limit always has one).
          const found = checkQuestion(question, assessment.answers);
          const text = String(assessment.answers[question.id] ?? '');
          const max = question.maxLength ?? text.length;
          const { code, values, message } = found?.code
            ? { code: found.code, values: found.values ?? {}, message: found.message }
            : answerProblem('tooLong', { label: question.label, max, over: text.length - max });
          return [
            phrase('completedTooLong', {
              where,
              number: section.number,
              title: section.title,
              problem: { answer: { code, values, message } },
            }),
          ];
        }),
    );
}

function versionProblem(
  where: FilePhrase,
  what: 'file' | 'assessment',
  outcome: Exclude<MigrationOutcome, { ok: true }>,
): FilePhrase {
  switch (outcome.reason) {
    case 'missing-version':
      return phrase('versionMissing', { where, what, found: describeType(outcome.found) });
    case 'newer-version':
      return phrase('versionNewer', { where, what, version: outcome.version, current: outcome.current });
    case 'unknown-version':
      return phrase('versionUnknown', { where, what, version: outcome.version });
    case 'migration-failed':
      return phrase('versionFailed', {
        where,
        what,
        version: outcome.version,
        description: outcome.description,
      });
  }
}
