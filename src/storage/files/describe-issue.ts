import type { z } from 'zod';
import { type Template } from '@schemas/template-definition.ts';
import { STATUS_LABELS, type AssessmentStatus } from '@schemas/assessment.ts';

/**
 * Turns a Zod issue on an assessment (or on the file envelope) into plain English that names the field
 * as the user knows it: "Age" should be text but is a number. Pure.
 */

const RECORD_FIELDS: Record<string, string> = {
  schemaVersion: 'schema version',
  id: 'id',
  templateId: 'template id',
  templateVersion: 'template version',
  createdAt: 'created at',
  updatedAt: 'last edited',
  status: 'status',
  revision: 'revision',
  completedSections: 'completed sections',
  answers: 'answers',
  statusHistory: 'status history',
  comments: 'comments',
  publication: 'publication settings',
};

const NESTED_FIELDS: Record<string, string> = {
  status: 'status',
  at: 'date and time',
  by: 'name',
  note: 'note',
  revision: 'revision',
  id: 'id',
  sectionId: 'section',
  questionId: 'question',
  author: 'author',
  role: 'role',
  body: 'text',
  createdAt: 'written at',
  resolvedAt: 'resolved at',
  resolvedBy: 'resolved by',
  replies: 'replies',
  appendixLabel: 'appendix label',
  organisation: 'organisation',
  committee: 'committee',
  meetingDate: 'meeting date',
  includeAboutThisForm: 'include About this form',
  day: 'day',
  month: 'month',
  year: 'year',
};

const ENVELOPE_FIELDS: Record<string, string> = {
  format: 'format',
  formatVersion: 'format version',
  generator: 'generator',
  exportedAt: 'exported at',
  templates: 'templates',
  assessments: 'assessments',
};

type Path = ReadonlyArray<PropertyKey>;

function quote(text: string): string {
  return `"${text}"`;
}

/** The name of the field at `path` inside an assessment, e.g. `"Age"` or `comment 2, reply 1, "text"`. */
export function describeAssessmentPath(path: Path, template: Template | undefined): string {
  const [head, ...rest] = path;
  if (head === 'answers' && typeof rest[0] === 'string') {
    const question = template?.sections.flatMap((s) => s.questions).find((q) => q.id === rest[0]);
    const name = quote(question?.label ?? rest[0]);
    return typeof rest[1] === 'string' ? `${name} (${NESTED_FIELDS[rest[1]] ?? rest[1]})` : name;
  }
  if (head === 'statusHistory' && typeof rest[0] === 'number') {
    return `status change ${rest[0] + 1}${nested(rest.slice(1))}`;
  }
  if (head === 'comments' && typeof rest[0] === 'number') {
    if (rest[1] === 'replies' && typeof rest[2] === 'number') {
      return `comment ${rest[0] + 1}, reply ${rest[2] + 1}${nested(rest.slice(3))}`;
    }
    return `comment ${rest[0] + 1}${nested(rest.slice(1))}`;
  }
  if (head === 'completedSections' && typeof rest[0] === 'number') {
    return `completed section ${rest[0] + 1}`;
  }
  if (head === 'publication' && typeof rest[0] === 'string') {
    return `publication setting ${quote(NESTED_FIELDS[rest[0]] ?? rest[0])}`;
  }
  if (typeof head === 'string') return quote(RECORD_FIELDS[head] ?? head);
  return 'the assessment';
}

export function describeEnvelopePath(path: Path): string {
  const [head, ...rest] = path;
  if (head === 'templates' && typeof rest[0] === 'number')
    return `template ${rest[0] + 1}${nested(rest.slice(1))}`;
  if (typeof head === 'string') return quote(ENVELOPE_FIELDS[head] ?? head);
  return 'the file';
}

function nested(rest: Path): string {
  const field = rest.find((p): p is string => typeof p === 'string');
  return field ? `, ${quote(NESTED_FIELDS[field] ?? field)}` : '';
}

/** "text", "a number", "a list"… for a value found in a file. */
export function describeType(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

function expectedType(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
    case 'record':
      return 'a group of fields';
    case 'array':
      return 'a list';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value.length > 40 ? `${value.slice(0, 40)}…` : value);
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

function listChoices(values: readonly unknown[]): string {
  const words = values.map((v) =>
    typeof v === 'string' && v in STATUS_LABELS
      ? `"${v}" (${STATUS_LABELS[v as AssessmentStatus]})`
      : JSON.stringify(v),
  );
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** One sentence (without the file/assessment prefix) for a Zod issue, e.g. `"Age" should be text but is a number`. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown, field: string): string {
  const value = valueAt(root, issue.path);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return `${field} is missing`;
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' || (issue.expected === 'number' && typeof value === 'number')) {
        return `${field} should be a whole number but is ${describeValue(value)}`;
      }
      return `${field} should be ${expectedType(issue.expected)} but is ${describeType(value)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `${field} should be ${JSON.stringify(issue.values[0])} but is ${describeValue(value)}`
        : `${field} should be one of ${listChoices(issue.values)} but is ${describeValue(value)}`;
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return `${field} should be a date and time such as "2026-01-05T10:00:00Z" but is ${describeValue(value)}`;
      }
      return `${field} is not in the expected format (${issue.format}) but is ${describeValue(value)}`;
    case 'too_big': {
      const max = Number(issue.maximum).toLocaleString('en-GB');
      if (issue.origin === 'string' && typeof value === 'string') {
        return `${field} is too long: it may have at most ${max} characters but has ${value.length.toLocaleString('en-GB')}`;
      }
      if (issue.origin === 'array' && Array.isArray(value)) {
        return `${field} has too many entries: at most ${max}, but it has ${value.length.toLocaleString('en-GB')}`;
      }
      return `${field} should be at most ${max} but is ${describeValue(value)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `${field} is empty but must have some text`;
      if (issue.origin === 'array') return `${field} needs at least ${String(issue.minimum)} entries`;
      if (!issue.inclusive && typeof value === 'number' && Number.isInteger(value)) {
        return `${field} should be ${Number(issue.minimum) + 1} or more but is ${describeValue(value)}`;
      }
      return `${field} should be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)} but is ${describeValue(value)}`;
    default:
      return `${field} is not valid (${issue.message})`;
  }
}
