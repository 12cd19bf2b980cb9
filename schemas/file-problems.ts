import type { CodedProblem } from './answer-problems.ts';

/**
 * Why a file (an `.eia.json`, a PDF exported by EIA Builder, an `.eia-template.json`) cannot be imported, as
 * a code and its values, with no words of any language: the interface words each code from its catalogue
 * (`file.<code>` in src/components/i18n/locales, through src/components/i18n/file-problem-text.ts), in
 * English or Welsh. The English sentence of each code is kept here (`englishFileProblem`): the command line
 * and the parse path's `problems` print it, so the English has one source.
 *
 * A value is plain text (a file name, a template's id, a value found in the file: shown as it is), a number,
 * another coded phrase (where in the file, which field, what type of value), a list of values ("a, b or c"),
 * a storage failure or an answer's problem (worded by their own catalogue entries).
 */

export type FilePhrase = { code: FileProblemCode; values: FileValues };
/** A storage failure (src/storage/storage-errors.ts classifies it) with its English sentence. */
export type StorageFailureValue = { storage: { kind: string; message: string }; english: string };
export type FileValue =
  string | number | FilePhrase | { list: string[] } | { answer: CodedProblem } | StorageFailureValue;
export type FileValues = { [name: string]: FileValue };

/** A problem with its code, values and English sentence. */
export type FileProblem = FilePhrase & { message: string };

type En = (v: Record<string, string>) => string;

/** A count as the catalogue's `{n, number}` words it in English: 12,000. */
const num = (n: string | undefined) => Number(n ?? 0).toLocaleString('en-GB');

const IMPORT_AGAIN = 'Fix or remove them and import the file again.';

/** Every code and its English (values are given already worded: numbers formatted, phrases in English). */
const ENGLISH = {
  // Sizes, for the size limits.
  sizeMb: (v) => `${num(v.n)} MB`,
  sizeKb: (v) => `${num(v.n)} KB`,
  sizeBytes: (v) => `${num(v.n)} bytes`,

  // Where a problem is: the file, an assessment in it, a template it carries.
  whereFile: (v) => `"${v.file}"`,
  whereOnly: (v) => `"${v.file}": the assessment`,
  whereOnlyTitled: (v) => `"${v.file}": the assessment ("${v.title}")`,
  whereNth: (v) => `"${v.file}": assessment ${v.n}`,
  whereNthTitled: (v) => `"${v.file}": assessment ${v.n} ("${v.title}")`,
  whereCarried: (v) => `"${v.file}": the template "${v.id}" version "${v.version}"`,
  whereTemplateFile: (v) => `“${v.file}”: the template`,
  whereDraft: () => 'The draft',
  whereStored: (v) => `The stored template "${v.key}"`,

  // A file that is not an EIA Builder file at all.
  tooBig: (v) =>
    `"${v.file}" is too big to import (${v.size}; the largest EIA Builder file that can be imported is ${v.max}). Check you chose the right file.`,
  notText: (v) =>
    `"${v.file}" is not an EIA Builder file: it is not a text file. Choose a file whose name ends in .eia.json, exported from EIA Builder.`,
  empty: (v) => `"${v.file}" is empty. Choose a file exported from EIA Builder.`,
  tooDeep: (v) =>
    `"${v.file}" is not an EIA Builder file: its data is nested more than ${v.depth} levels deep, which EIA Builder never writes.`,
  notJson: (v) =>
    `"${v.file}" is not an EIA Builder file: it is not valid JSON. If you edited it by hand, undo that change or export the assessment again.`,
  notJsonAt: (v) =>
    `"${v.file}" is not an EIA Builder file: it is not valid JSON (the problem is at line ${v.line}, column ${v.column}). If you edited it by hand, undo that change or export the assessment again.`,
  notJsonEnds: (v) =>
    `"${v.file}" is not an EIA Builder file: it is not valid JSON (the text stops part of the way through). If you edited it by hand, undo that change or export the assessment again.`,
  isHtml: (v) =>
    `"${v.file}" is a web page (HTML), such as the accessible version EIA Builder saves beside the PDF: it cannot be imported. Import the assessment’s .eia.json file instead (on its task list, "Export this assessment" saves one).`,
  forbiddenKey: (v) =>
    `"${v.file}" was not imported: it contains a field named "${v.key}", which EIA Builder never writes and which could be used to attack the app. Use an unaltered export.`,
  notObject: (v) =>
    `"${v.file}" is not an EIA Builder file: it holds ${v.found} instead of a group of fields with "format": "${v.format}".`,
  noFormat: (v) =>
    `"${v.file}" is not an EIA Builder file: it has no "format" field saying what it is. Choose a file exported from EIA Builder (its name ends in .eia.json).`,
  isTemplate: (v) => `"${v.file}" is a template, not assessments: import it on the Templates page.`,
  wrongFormat: (v) =>
    `"${v.file}" is not an EIA Builder file: its "format" is ${v.found}, not "${v.format}". Choose a file exported from EIA Builder (its name ends in .eia.json).`,
  pdfUnsupported: (v) =>
    `"${v.file}" is a PDF, and this version of EIA Builder cannot read assessments from PDFs. Import the .eia.json file instead.`,
  pdfDamaged: (v) => `"${v.file}" could not be read as a PDF: it may be damaged. Export it again.`,
  pdfNotOurs: (v) =>
    `"${v.file}": This PDF was not exported by EIA Builder, so it has no assessment inside it. Import the PDF that EIA Builder exported, or the .eia.json file.`,
  unreadable: (v) => `"${v.file}" could not be read. Check the file is still there and try again.`,
  notStored: (v) => `"${v.file}" was not imported: ${v.storage} Nothing from this file was saved.`,

  // Versions of the file's format, of an assessment record, of a template definition.
  versionMissing: (v) =>
    `${v.where} has no ${v.what === 'file' ? 'file format' : 'assessment'} version: ${v.what === 'file' ? '"formatVersion"' : '"schemaVersion"'} should be a whole number but is ${v.found}.`,
  versionNewer: (v) =>
    `${v.where} was made by a newer version of EIA Builder (${v.what === 'file' ? 'file format' : 'assessment'} version ${v.version}; this version reads up to ${v.current}). Update EIA Builder (reload the page) and try again.`,
  versionUnknown: (v) =>
    `${v.where} has a ${v.what === 'file' ? 'file format' : 'assessment'} version (${v.version}) that EIA Builder never used, so it cannot be read.`,
  versionFailed: (v) =>
    `${v.where} could not be brought up to date from ${v.what === 'file' ? 'file format' : 'assessment'} version ${v.version} ("${v.description}"). The file may be damaged.`,

  // The file's contents.
  envelopeIssue: (v) => `"${v.file}": ${v.issue}.`,
  noAssessments: (v) => `"${v.file}" has no assessments in it, so there is nothing to import.`,
  nothingImported: (v) =>
    `"${v.file}": nothing from this file was imported, because some of its assessments have problems. ${IMPORT_AGAIN}`,
  moreProblems: (v) => `"${v.file}": and ${v.count} more problems.`,
  assessmentNotObject: (v) => `${v.where} should be a group of fields but is ${v.found}.`,
  assessmentIssue: (v) => `${v.where}, ${v.issue}.`,
  duplicateId: (v) =>
    `${v.where} has the same id as assessment ${v.n} ("${v.id}"). Each assessment in a file must have its own id.`,
  unknownTemplate: (v) =>
    `${v.where} was written on the template "${v.id}" version "${v.version}", which this browser does not have and the file does not carry. Import the template first (its .eia-template.json file), or ask for a file exported by a newer EIA Builder, which carries it.`,
  completedTooLong: (v) =>
    `${v.where}: section ${v.number} (${v.title}) is marked as completed, but ${v.problem}. Shorten that answer (or mark the section as not completed) where the file was made, export it again and import the new file.`,
  templateMismatch: (v) => `${v.where} holds the definition of "${v.id}" version "${v.version}" instead.`,
  templateConflict: (v) =>
    `"${v.file}": The template "${v.id}" version "${v.version}" is already here with different content. A published version never changes: give the changed template a new version number.`,
  templateTwice: (v) => `${v.where} is given twice. Each template version may be given once.`,

  // A template definition (in an .eia.json or an .eia-template.json file).
  definitionNotObject: (v) => `${v.where} should be a template definition (a group of fields).`,
  definitionNewer: (v) =>
    `${v.where} was made by a newer version of EIA Builder (template version ${v.version}). Update EIA Builder (reload the page) and try again.`,
  definitionUnreadable: (v) => `${v.where} is not a template definition EIA Builder can read (${v.reason}).`,
  definitionUnknownKind: (v) =>
    `${v.where} at ${v.path}: a question of a kind this version of EIA Builder does not know. Update EIA Builder and try again.`,
  definitionIssue: (v) => `${v.where} at ${v.path}: ${v.detail}.`,
  definitionIssueTop: (v) => `${v.where}: ${v.detail}.`,

  // An .eia-template.json file.
  templateFileTooBig: (v) =>
    `“${v.file}” is ${v.size}, more than a template file can be (${v.max}). Check it is an .eia-template.json file.`,
  templateFileNotText: (v) =>
    `“${v.file}” is not a text file (it is not UTF-8). Check it is an .eia-template.json file.`,
  templateFileTooLong: (v) => `“${v.file}” is more than a template file can be (${v.max}).`,
  templateFileTooDeep: (v) =>
    `“${v.file}” is nested more than ${v.depth} levels deep, which no template file is.`,
  templateFileNotJson: (v) => `“${v.file}” is not a readable file: it is not valid JSON.`,
  templateFileIsHtml: (v) =>
    `“${v.file}” is a web page (HTML), not a template file: it cannot be imported. Choose a file whose name ends in .eia-template.json (on the Templates page, “Export” saves one).`,
  templateFileNotJsonAt: (v) =>
    `“${v.file}” is not a readable file: it is not valid JSON (the problem is at line ${v.line}, column ${v.column}).`,
  templateFileNotJsonEnds: (v) =>
    `“${v.file}” is not a readable file: it is not valid JSON (the text stops part of the way through).`,
  templateFileForbiddenKey: (v) =>
    `“${v.file}” has a field named "${v.key}" (at ${v.path}), which EIA Builder never writes. It was not imported.`,
  templateFileForbiddenKeyTop: (v) =>
    `“${v.file}” has a field named "${v.key}" (at the top), which EIA Builder never writes. It was not imported.`,
  templateFileNotObject: (v) => `“${v.file}” is not an EIA Builder template file.`,
  templateFileWrongFormat: (v) =>
    `“${v.file}” is not an EIA Builder template file (an .eia-template.json file exported from the Templates page).`,
  templateFileNewer: (v) =>
    `“${v.file}” was made by a newer version of EIA Builder. Update EIA Builder (reload the page) and try again.`,
  templateFileChanged: (v) =>
    `“${v.file}” has version “${v.version}” of the template “${v.title}”, which is already here with different content. A version never changes: ask for the file to be exported again with a new version number. Nothing was imported.`,

  // What is wrong with one field (a Zod issue), named as the user knows it.
  issueMissing: (v) => `${v.field} is missing`,
  issueWholeNumber: (v) => `${v.field} should be a whole number but is ${v.value}`,
  issueType: (v) => `${v.field} should be ${v.expected} but is ${v.found}`,
  issueValue: (v) => `${v.field} should be ${v.expected} but is ${v.value}`,
  issueOneOf: (v) => `${v.field} should be one of ${v.choices} but is ${v.value}`,
  issueDateTime: (v) =>
    `${v.field} should be a date and time such as "2026-01-05T10:00:00Z" but is ${v.value}`,
  issueFormat: (v) => `${v.field} is not in the expected format (${v.format}) but is ${v.value}`,
  issueTooLong: (v) =>
    `${v.field} is too long: it may have at most ${num(v.max)} characters but has ${num(v.length)}`,
  issueTooMany: (v) => `${v.field} has too many entries: at most ${num(v.max)}, but it has ${num(v.length)}`,
  issueTooBig: (v) => `${v.field} should be at most ${num(v.max)} but is ${v.value}`,
  issueEmpty: (v) => `${v.field} is empty but must have some text`,
  issueFewEntries: (v) => `${v.field} needs at least ${v.min} entries`,
  issueOrMore: (v) => `${v.field} should be ${v.min} or more but is ${v.value}`,
  issueAtLeast: (v) => `${v.field} should be at least ${v.min} but is ${v.value}`,
  issueMoreThan: (v) => `${v.field} should be more than ${v.min} but is ${v.value}`,
  issueInvalid: (v) => `${v.field} is not valid (${v.detail})`,

  // The type of a value found, or expected.
  typeNull: () => 'empty (null)',
  typeMissing: () => 'missing',
  typeList: () => 'a list',
  typeText: () => 'text',
  typeNumber: () => 'a number',
  typeBoolean: () => 'true or false',
  typeObject: () => 'a group of fields',
  typeOther: (v) => v.name ?? '',
  valueText: (v) => `"${v.text}"`,

  // Which field: in an assessment, in the file's envelope.
  fieldQuestion: (v) => `"${v.label}"`,
  fieldQuestionPart: (v) => `"${v.label}" (${v.part})`,
  fieldStatusChange: (v) => `status change ${v.n}`,
  fieldStatusChangeField: (v) => `status change ${v.n}, "${v.name}"`,
  fieldComment: (v) => `comment ${v.n}`,
  fieldCommentField: (v) => `comment ${v.n}, "${v.name}"`,
  fieldReply: (v) => `comment ${v.n}, reply ${v.reply}`,
  fieldReplyField: (v) => `comment ${v.n}, reply ${v.reply}, "${v.name}"`,
  fieldCompletedSection: (v) => `completed section ${v.n}`,
  fieldPublication: (v) => `publication setting "${v.name}"`,
  fieldNamed: (v) => `"${v.name}"`,
  fieldAssessment: () => 'the assessment',
  fieldTemplate: (v) => `template ${v.n}`,
  fieldTemplateField: (v) => `template ${v.n}, "${v.name}"`,
  fieldFile: () => 'the file',

  // The names of the fields of a file (the assessment record, the parts inside it, the envelope).
  'name.schemaVersion': () => 'schema version',
  'name.id': () => 'id',
  'name.templateId': () => 'template id',
  'name.templateVersion': () => 'template version',
  'name.createdAt': () => 'created at',
  'name.updatedAt': () => 'last edited',
  'name.status': () => 'status',
  'name.revision': () => 'revision',
  'name.completedSections': () => 'completed sections',
  'name.answers': () => 'answers',
  'name.statusHistory': () => 'status history',
  'name.comments': () => 'comments',
  'name.publication': () => 'publication settings',
  'name.at': () => 'date and time',
  'name.by': () => 'name',
  'name.note': () => 'note',
  'name.sectionId': () => 'section',
  'name.questionId': () => 'question',
  'name.author': () => 'author',
  'name.role': () => 'role',
  'name.body': () => 'text',
  'name.writtenAt': () => 'written at',
  'name.resolvedAt': () => 'resolved at',
  'name.resolvedBy': () => 'resolved by',
  'name.replies': () => 'replies',
  'name.appendixLabel': () => 'appendix label',
  'name.organisation': () => 'organisation',
  'name.committee': () => 'committee',
  'name.meetingDate': () => 'meeting date',
  'name.includeAboutThisForm': () => 'include About this form',
  'name.day': () => 'day',
  'name.month': () => 'month',
  'name.year': () => 'year',
  'name.format': () => 'format',
  'name.formatVersion': () => 'format version',
  'name.generator': () => 'generator',
  'name.exportedAt': () => 'exported at',
  'name.templates': () => 'templates',
  'name.assessments': () => 'assessments',
} satisfies Record<string, En>;

export type FileProblemCode = keyof typeof ENGLISH;

/** Every code (the catalogue has a message `file.<code>` for each). */
export const FILE_PROBLEM_CODES = Object.keys(ENGLISH) as FileProblemCode[];

/** A coded phrase: the code and its values. */
export function phrase(code: FileProblemCode, values: FileValues = {}): FilePhrase {
  return { code, values };
}

/** A problem: the phrase with its English sentence. */
export function fileProblem(code: FileProblemCode, values: FileValues = {}): FileProblem {
  const coded = phrase(code, values);
  return { ...coded, message: englishPhrase(coded) };
}

/** The English of a phrase and of every phrase inside it. */
export function englishPhrase({ code, values }: FilePhrase): string {
  const worded: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) worded[name] = englishValue(value);
  return ENGLISH[code](worded);
}

function englishValue(value: FileValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('list' in value) return new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(value.list);
  if ('answer' in value) return value.answer.message;
  if ('storage' in value) return value.english;
  return englishPhrase(value);
}

/** A size in bytes, as "1.5 MB", "12 KB" or "300 bytes". */
export function sizePhrase(bytes: number): FilePhrase {
  if (bytes >= 1024 * 1024) return phrase('sizeMb', { n: Math.round((bytes / (1024 * 1024)) * 10) / 10 });
  if (bytes >= 1024) return phrase('sizeKb', { n: Math.round(bytes / 1024) });
  return phrase('sizeBytes', { n: bytes });
}
