import type { z } from 'zod';
import { type Template } from '@schemas/template-definition.ts';
import { STATUS_LABELS, type AssessmentStatus } from '@schemas/assessment.ts';
import { phrase, type FilePhrase, type FileProblemCode, type FileValue } from '@schemas/file-problems.ts';

/**
 * Turns a Zod issue on an assessment (or on the file envelope) into a coded phrase that names the field
 * as the user knows it: "Age" should be text but is a number (schemas/file-problems.ts gives its English,
 * the interface's catalogue its English and Welsh). Pure.
 */

/** The fields of an assessment record, of the parts inside it and of the envelope, by their names' codes. */
const RECORD_FIELDS = new Set([
  'schemaVersion',
  'id',
  'templateId',
  'templateVersion',
  'createdAt',
  'updatedAt',
  'status',
  'revision',
  'completedSections',
  'answers',
  'statusHistory',
  'comments',
  'publication',
]);

const NESTED_FIELDS: Record<string, string> = {
  status: 'status',
  at: 'at',
  by: 'by',
  note: 'note',
  revision: 'revision',
  id: 'id',
  sectionId: 'sectionId',
  questionId: 'questionId',
  author: 'author',
  role: 'role',
  body: 'body',
  createdAt: 'writtenAt',
  resolvedAt: 'resolvedAt',
  resolvedBy: 'resolvedBy',
  replies: 'replies',
  appendixLabel: 'appendixLabel',
  organisation: 'organisation',
  committee: 'committee',
  meetingDate: 'meetingDate',
  includeAboutThisForm: 'includeAboutThisForm',
  day: 'day',
  month: 'month',
  year: 'year',
};

const ENVELOPE_FIELDS = new Set([
  'format',
  'formatVersion',
  'generator',
  'exportedAt',
  'templates',
  'assessments',
]);

type Path = ReadonlyArray<PropertyKey>;

/** A field's name: its code when it is one of ours, else the key as the file has it. */
const recordName = (key: string): FileValue =>
  RECORD_FIELDS.has(key) ? phrase(`name.${key}` as FileProblemCode) : key;
const nestedName = (key: string): FileValue =>
  NESTED_FIELDS[key] ? phrase(`name.${NESTED_FIELDS[key]}` as FileProblemCode) : key;
const envelopeName = (key: string): FileValue =>
  ENVELOPE_FIELDS.has(key) ? phrase(`name.${key}` as FileProblemCode) : key;

/** The field at `path` inside an assessment, e.g. `"Age"` or `comment 2, reply 1, "text"`. */
export function describeAssessmentPath(path: Path, template: Template | undefined): FilePhrase {
  const [head, ...rest] = path;
  if (head === 'answers' && typeof rest[0] === 'string') {
    const question = template?.sections.flatMap((s) => s.questions).find((q) => q.id === rest[0]);
    const label = question?.label ?? rest[0];
    return typeof rest[1] === 'string'
      ? phrase('fieldQuestionPart', { label, part: nestedName(rest[1]) })
      : phrase('fieldQuestion', { label });
  }
  if (head === 'statusHistory' && typeof rest[0] === 'number') {
    const name = nestedField(rest.slice(1));
    const n = rest[0] + 1;
    return name === undefined
      ? phrase('fieldStatusChange', { n })
      : phrase('fieldStatusChangeField', { n, name });
  }
  if (head === 'comments' && typeof rest[0] === 'number') {
    const n = rest[0] + 1;
    if (rest[1] === 'replies' && typeof rest[2] === 'number') {
      const name = nestedField(rest.slice(3));
      const reply = rest[2] + 1;
      return name === undefined
        ? phrase('fieldReply', { n, reply })
        : phrase('fieldReplyField', { n, reply, name });
    }
    const name = nestedField(rest.slice(1));
    return name === undefined ? phrase('fieldComment', { n }) : phrase('fieldCommentField', { n, name });
  }
  if (head === 'completedSections' && typeof rest[0] === 'number') {
    return phrase('fieldCompletedSection', { n: rest[0] + 1 });
  }
  if (head === 'publication' && typeof rest[0] === 'string') {
    return phrase('fieldPublication', { name: nestedName(rest[0]) });
  }
  if (typeof head === 'string') return phrase('fieldNamed', { name: recordName(head) });
  return phrase('fieldAssessment');
}

export function describeEnvelopePath(path: Path): FilePhrase {
  const [head, ...rest] = path;
  if (head === 'templates' && typeof rest[0] === 'number') {
    const name = nestedField(rest.slice(1));
    const n = rest[0] + 1;
    return name === undefined ? phrase('fieldTemplate', { n }) : phrase('fieldTemplateField', { n, name });
  }
  if (typeof head === 'string') return phrase('fieldNamed', { name: envelopeName(head) });
  return phrase('fieldFile');
}

function nestedField(rest: Path): FileValue | undefined {
  const field = rest.find((p): p is string => typeof p === 'string');
  return field === undefined ? undefined : nestedName(field);
}

/** "text", "a number", "a list"… for a value found in a file. */
export function describeType(value: unknown): FilePhrase {
  if (value === null) return phrase('typeNull');
  if (value === undefined) return phrase('typeMissing');
  if (Array.isArray(value)) return phrase('typeList');
  switch (typeof value) {
    case 'string':
      return phrase('typeText');
    case 'number':
      return phrase('typeNumber');
    case 'boolean':
      return phrase('typeBoolean');
    case 'object':
      return phrase('typeObject');
    default:
      return phrase('typeOther', { name: typeof value });
  }
}

function expectedType(expected: string): FilePhrase {
  switch (expected) {
    case 'string':
      return phrase('typeText');
    case 'number':
    case 'int':
      return phrase('typeNumber');
    case 'boolean':
      return phrase('typeBoolean');
    case 'object':
    case 'record':
      return phrase('typeObject');
    case 'array':
      return phrase('typeList');
    default:
      return phrase('typeOther', { name: expected });
  }
}

function describeValue(value: unknown): FileValue {
  if (typeof value === 'string')
    return phrase('valueText', { text: value.length > 40 ? `${value.slice(0, 40)}…` : value });
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeType(value);
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function choices(values: readonly unknown[]): { list: string[] } {
  return {
    list: values.map((v) =>
      typeof v === 'string' && v in STATUS_LABELS
        ? `"${v}" (${STATUS_LABELS[v as AssessmentStatus]})`
        : JSON.stringify(v),
    ),
  };
}

/** One phrase (without the file/assessment prefix) for a Zod issue, e.g. `"Age" should be text but is a number`. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown, field: FilePhrase): FilePhrase {
  const value = valueAt(root, issue.path);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return phrase('issueMissing', { field });
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' || (issue.expected === 'number' && typeof value === 'number')) {
        return phrase('issueWholeNumber', { field, value: describeValue(value) });
      }
      return phrase('issueType', {
        field,
        expected: expectedType(issue.expected),
        found: describeType(value),
      });
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? phrase('issueValue', {
            field,
            expected: JSON.stringify(issue.values[0]),
            value: describeValue(value),
          })
        : phrase('issueOneOf', { field, choices: choices(issue.values), value: describeValue(value) });
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return phrase('issueDateTime', { field, value: describeValue(value) });
      }
      return phrase('issueFormat', { field, format: issue.format, value: describeValue(value) });
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && typeof value === 'string') {
        return phrase('issueTooLong', { field, max, length: value.length });
      }
      if (issue.origin === 'array' && Array.isArray(value)) {
        return phrase('issueTooMany', { field, max, length: value.length });
      }
      return phrase('issueTooBig', { field, max, value: describeValue(value) });
    }
    case 'too_small':
      if (issue.origin === 'string') return phrase('issueEmpty', { field });
      if (issue.origin === 'array') return phrase('issueFewEntries', { field, min: String(issue.minimum) });
      if (!issue.inclusive && typeof value === 'number' && Number.isInteger(value)) {
        return phrase('issueOrMore', { field, min: Number(issue.minimum) + 1, value: describeValue(value) });
      }
      return phrase(issue.inclusive ? 'issueAtLeast' : 'issueMoreThan', {
        field,
        min: String(issue.minimum),
        value: describeValue(value),
      });
    default:
      return phrase('issueInvalid', { field, detail: issue.message });
  }
}
