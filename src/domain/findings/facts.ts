import { answerOf } from '@schemas/plain/answers.ts';
import { type AnswerValue } from '@schemas/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import { helpersOf } from '@schemas/kinds/helpers.ts';
import type { Question, Template } from '@schemas/template-definition.ts';
import { outputKindOf } from '../kinds/index.ts';
import { hasSignalIn, paddedText, type SignalName } from './text.ts';
import type { FieldSelector, Finding, FindingSeverity, RuleDefinition } from './types.ts';

/**
 * What the review rules read of an assessment's answers (evaluate.ts), each worked out once per answer
 * and kept with it between evaluations: its value, words and signals, and what each rule found in it.
 */

/** A question of the template, with its section and its place in the template's order. */
export type Field = { question: Question; sectionId: string; order: number };

/**
 * What the rules read of one answer, worked out once per evaluation however many rules read it: the
 * answer as its kind holds it (answerOf parses it, the costly part), whether it is empty, and its words.
 */
export type AnswerFacts = {
  value: AnswerValue;
  empty: boolean;
  /** The words the text rules read (textOf), once asked for. */
  text?: string;
  /** That text normalised and padded, as signals are matched (paddedText). */
  padded?: string;
  /** Its distinct words without those a rule ignores (`ignore`), once asked for (distinct.ts). */
  words?: { ignore: ReadonlySet<string>; set: ReadonlySet<string> };
  /** How many words it has. */
  wordCount?: number;
  /** Which signals were looked for in it, and found or not. */
  signals?: Map<SignalName, boolean>;
  /** What each rule found in this answer alone (evaluate.ts), with the field it was found for. */
  outcomes?: Outcome[];
};

/** What `rule` found in one answer, read for `field` (a list, not a map: an answer has a few rules). */
type Outcome = { rule: RuleDefinition; field: Field; findings: Finding[] };

/** The findings `rule` last found in the answer of these facts for `field`, if any. */
export function keptOutcome(facts: AnswerFacts, rule: RuleDefinition, field: Field): Finding[] | undefined {
  const kept = facts.outcomes?.find((o) => o.rule === rule);
  return kept?.field === field ? kept.findings : undefined;
}

export function keepOutcome(
  facts: AnswerFacts,
  rule: RuleDefinition,
  field: Field,
  findings: Finding[],
): void {
  facts.outcomes ??= [];
  const kept = facts.outcomes.find((o) => o.rule === rule);
  if (kept) {
    kept.field = field;
    kept.findings = findings;
  } else facts.outcomes.push({ rule, field, findings });
}

export type Context = {
  assessment: Assessment;
  fields: Map<string, Field>;
  today: Date;
  /** Each question's facts, found once per evaluation (by the field's order). */
  answers: Array<AnswerFacts | undefined>;
};

/**
 * The facts of each question's answer, kept with the answer they were read from until the question's
 * answer changes. An assessment's answers are never changed in place (a change is a new answers object
 * with a new object or string for the answer changed), so while someone types in one answer every other
 * answer is the very same value as last time, and is not read again.
 *
 * A copy of the answer last read (sameAnswer) counts as that answer: a reloaded or imported copy of the
 * assessment is not read again.
 *
 * One slot per question, not a memo per answer object: an assessment seen once (opened, imported, each
 * row of the library) leaves its facts to be collected with it at the next evaluation. Kept by answer
 * object (a WeakMap), the facts of every assessment still held somewhere survived young-generation
 * collections, which then paused an evaluation for 15–23 ms about one run in ten (issue 9's bench).
 */
const lastFacts = new WeakMap<Question, { raw: unknown; facts: AnswerFacts }>();

export function factsOf(ctx: Context, field: Field): AnswerFacts {
  const { question } = field;
  const known = ctx.answers[field.order];
  if (known) return known;
  const raw: unknown = ctx.assessment.answers[question.id];
  const last = lastFacts.get(question);
  let facts: AnswerFacts | undefined;
  if (last !== undefined && sameAnswer(last.raw, raw)) {
    facts = last.facts;
    // The next evaluation (typing on) hands over this very object: found at once.
    last.raw = raw;
  }
  if (!facts) {
    const value = answerOf(question, ctx.assessment.answers);
    facts = { value, empty: helpersOf(question).isEmpty(value) };
    lastFacts.set(question, { raw, facts });
  }
  ctx.answers[field.order] = facts;
  return facts;
}

/** How deep sameAnswer looks (an answer is a table of rows of cells of date parts at most). */
const SAME_ANSWER_DEPTH = 8;

/**
 * True when two stored answers are the same value: the same object or string, or a copy of it (plain
 * objects and arrays with the same keys and the same values, as a reload, an import or a returned copy of
 * an assessment gives). Nothing is allocated: a fresh copy of an assessment is recognised answer by answer
 * without being read again, and its facts (and findings) are those already worked out.
 */
export function sameAnswer(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth > SAME_ANSWER_DEPTH) return false;
  const prototype = Object.getPrototypeOf(a) as unknown;
  if (prototype !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameAnswer(a[i], other[i], depth + 1)) return false;
    return true;
  }
  if (prototype !== Object.prototype && prototype !== null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key)) continue;
    if (!Object.hasOwn(y, key) || !sameAnswer(x[key], y[key], depth + 1)) return false;
    keys += 1;
  }
  for (const key in y) if (Object.hasOwn(y, key)) keys -= 1;
  return keys === 0;
}

export function isEmpty(ctx: Context, field: Field): boolean {
  return factsOf(ctx, field).empty;
}

export function valueOf(ctx: Context, field: Field): AnswerValue {
  return factsOf(ctx, field).value;
}

/** The text the rules read, normalised and padded once for every signal looked for in it. */
export function paddedOf(ctx: Context, field: Field): string {
  const facts = factsOf(ctx, field);
  facts.padded ??= paddedText(textOf(ctx, field));
  return facts.padded;
}

export function signal(ctx: Context, field: Field, name: SignalName): boolean {
  const facts = factsOf(ctx, field);
  facts.signals ??= new Map();
  let found = facts.signals.get(name);
  if (found === undefined) {
    found = hasSignalIn(paddedOf(ctx, field), name);
    facts.signals.set(name, found);
  }
  return found;
}

/** Words in the text as wordCount counts them (from the normalised text already made). */
export function wordCountOf(ctx: Context, field: Field): number {
  const facts = factsOf(ctx, field);
  if (facts.wordCount === undefined) {
    // The padded text is " word word … " (two spaces when it has none): one word before each space after the first.
    const padded = paddedOf(ctx, field);
    let count = 0;
    if (padded.length > 2)
      for (let at = padded.indexOf(' ', 1); at !== -1; at = padded.indexOf(' ', at + 1)) count += 1;
    facts.wordCount = count;
  }
  return facts.wordCount;
}

const fieldCache = new WeakMap<Template, Map<string, Field>>();

export function templateFields(template: Template): Map<string, Field> {
  const cached = fieldCache.get(template);
  if (cached) return cached;
  const map = new Map<string, Field>();
  let order = 0;
  for (const section of template.sections)
    for (const question of section.questions)
      map.set(question.id, { question, sectionId: section.id, order: order++ });
  fieldCache.set(template, map);
  return map;
}

const selectionCache = new WeakMap<Template, WeakMap<FieldSelector, Field[]>>();

/** A rule's questions depend only on the template: chosen once per template and selector. */
export function selectCached(
  template: Template,
  fields: Map<string, Field>,
  selector: FieldSelector,
): Field[] {
  let byTemplate = selectionCache.get(template);
  if (!byTemplate) {
    byTemplate = new WeakMap();
    selectionCache.set(template, byTemplate);
  }
  let selected = byTemplate.get(selector);
  if (!selected) {
    selected = select(fields, selector);
    byTemplate.set(selector, selected);
  }
  return selected;
}

function select(fields: Map<string, Field>, selector: FieldSelector): Field[] {
  if ('ids' in selector) return selector.ids.flatMap((id) => fields.get(id) ?? []);
  const all = [...fields.values()];
  if ('roles' in selector) {
    if (selector.firstFound) {
      // Only the first role the template has (e.g. a "monitoring" question, otherwise the action plan).
      for (const role of selector.roles) {
        const found = all.filter((f) => f.question.role === role);
        if (found.length > 0) return found;
      }
      return [];
    }
    return all.filter((f) => f.question.role !== undefined && selector.roles.includes(f.question.role));
  }
  switch (selector.where) {
    case 'required':
      return all.filter((f) => f.question.required);
    case 'text':
      return all.filter((f) => f.question.kind === 'text' || f.question.kind === 'textarea');
    case 'date':
      return all.filter((f) => f.question.kind === 'date');
    case 'all':
      return all;
  }
}

/** The words the text rules read: the kind's reason text (an impact's "why") or the whole answer. */
export function textOf(ctx: Context, field: Field): string {
  const facts = factsOf(ctx, field);
  if (facts.text !== undefined) return facts.text;
  const reasonText = outputKindOf(field.question).reasonText;
  if (!reasonText) facts.text = helpersOf(field.question).text(facts.value, field.question);
  else facts.text = facts.empty ? '' : reasonText(field.question, facts.value);
  return facts.text;
}

/** The answer's structure says there is an effect (an impact rated positive…): it claims no "none". */
export function statesAnEffect(ctx: Context, field: Field): boolean {
  const states = outputKindOf(field.question).statesAnEffect;
  return states !== undefined && states(field.question, factsOf(ctx, field).value);
}

export function finding(
  rule: RuleDefinition,
  field: Field,
  severity: FindingSeverity,
  title: string,
  explanation: string,
  related?: string[],
): Finding {
  return {
    id: `${rule.id}:${field.question.id}`,
    ruleId: rule.id,
    severity,
    sectionId: field.sectionId,
    questionId: field.question.id,
    questionLabel: field.question.label,
    title,
    explanation,
    ...(related ? { related } : {}),
  };
}

/** `next`, with each finding equal to one of `previous` replaced by it (`previous` itself when all are). */
export function reuse(previous: readonly Finding[] | undefined, next: Finding[]): Finding[] {
  if (!previous || previous.length === 0) return next;
  const byId = new Map(previous.map((f) => [f.id, f]));
  const kept = next.map((f) => {
    const old = byId.get(f.id);
    return old && sameFinding(old, f) ? old : f;
  });
  return kept.length === previous.length && kept.every((f, i) => f === previous[i])
    ? (previous as Finding[])
    : kept;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.severity === b.severity &&
    a.title === b.title &&
    a.explanation === b.explanation &&
    a.sectionId === b.sectionId &&
    a.questionLabel === b.questionLabel &&
    sameList(a.related ?? [], b.related ?? [])
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
