import { answerOf, type AnswerValue, type DateParts } from '@schemas/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import { checkDateParts } from '@schemas/dates.ts';
import { kindOf } from '@schemas/kinds/index.ts';
import type { Question, Template } from '@schemas/template-definition.ts';
import { outputKindOf } from '../kinds/index.ts';
import { rulesFor } from './rule-sets.ts';
import { hasSignalIn, jaccard, paddedText, words, type SignalName } from './text.ts';
import type { FieldSelector, Finding, FindingSeverity, RuleDefinition } from './types.ts';

/**
 * Evaluates the review rules (rule-sets.ts) for one assessment. Pure: the same assessment, template and
 * day always give the same findings, in the template's question order (missing before weak).
 */

export type FindingsOptions = {
  /** The day "not in the future" is measured against. */
  today: Date;
  /** Rules to use instead of the template's own rule set (tests, later template versions). */
  rules?: readonly RuleDefinition[];
};

type Field = { question: Question; sectionId: string; order: number };

/** Placeholder answers are echoed back in a title; cut long ones so the title stays one line. */
const ECHO_LIMIT = 40;

/**
 * Findings are worked out again while someone types (after a pause) and on every save, each time for a
 * new answers object in which one answer changed. So what a rule finds in one answer is kept with what
 * is known of that answer (its facts, below), and a rule reading several answers keeps its findings
 * while none of them changed: an evaluation then costs the answer that changed, not the whole template.
 * Unchanged findings are the very same objects as last time, and when no finding changed the very same
 * list is returned, so whoever shows them can tell at a glance that nothing is new.
 */
const lastLists = new WeakMap<Template, WeakMap<readonly RuleDefinition[], Finding[]>>();

export function findingsFor(assessment: Assessment, template: Template, options: FindingsOptions): Finding[] {
  const fields = templateFields(template);
  const ctx: Context = { assessment, fields, today: options.today, answers: new Map() };
  const rules = options.rules ?? rulesFor(template);
  const found: Array<{ finding: Finding; order: number; ruleOrder: number }> = [];
  rules.forEach((rule, ruleOrder) => {
    for (const finding of evaluateRule(rule, selectCached(template, fields, rule.fields), ctx)) {
      const order = fields.get(finding.questionId)?.order ?? Number.MAX_SAFE_INTEGER;
      found.push({ finding, order, ruleOrder });
    }
  });
  found.sort(
    (a, b) =>
      a.order - b.order ||
      severityRank(a.finding.severity) - severityRank(b.finding.severity) ||
      a.ruleOrder - b.ruleOrder,
  );
  const list = found.map((f) => f.finding);
  let byRules = lastLists.get(template);
  if (!byRules) {
    byRules = new WeakMap();
    lastLists.set(template, byRules);
  }
  const last = byRules.get(rules);
  if (last && last.length === list.length && last.every((f, i) => f === list[i])) return last;
  byRules.set(rules, list);
  return list;
}

/**
 * What the rules read of one answer, worked out once per evaluation however many rules read it: the
 * answer as its kind holds it (answerOf parses it, the costly part), whether it is empty, and its words.
 */
type AnswerFacts = {
  value: AnswerValue;
  empty: boolean;
  /** The words the text rules read (textOf), once asked for. */
  text?: string;
  /** That text normalised and padded, as signals are matched (paddedText). */
  padded?: string;
  /** Its distinct words without those a rule ignores, by the set of words ignored. */
  wordSets?: WeakMap<ReadonlySet<string>, ReadonlySet<string>>;
  /** How many words it has. */
  wordCount?: number;
  /** Which signals were looked for in it, and found or not. */
  signals?: Map<SignalName, boolean>;
  /** What each rule found in this answer alone (see byField), with the field it was found for. */
  outcomes?: Map<RuleDefinition, { field: Field; findings: Finding[] }>;
};

type Context = {
  assessment: Assessment;
  fields: Map<string, Field>;
  today: Date;
  /** Each question's facts, found once per evaluation. */
  answers: Map<string, AnswerFacts>;
};

/**
 * The facts of answers held as objects (a table, an impact, a date), kept between evaluations by the
 * answer object itself and its question. An assessment's answers are never changed in place (a change
 * is a new answers object with a new object for the answer changed), so while someone types in one table
 * the other 39 are not read again. Text answers are cheap to read and are not kept.
 */
const objectFacts = new WeakMap<object, WeakMap<Question, AnswerFacts>>();

/**
 * The facts of answers held as text (or not given), kept per question with the text they were read
 * from: while someone types in one answer, every other text answer is the same string as before.
 */
const textFacts = new WeakMap<Question, { raw: unknown; facts: AnswerFacts }>();

function factsOf(ctx: Context, field: Field): AnswerFacts {
  const { question } = field;
  const known = ctx.answers.get(question.id);
  if (known) return known;
  const raw: unknown = ctx.assessment.answers[question.id];
  const isObject = typeof raw === 'object' && raw !== null;
  const byQuestion = isObject ? objectFacts.get(raw) : undefined;
  const lastText = isObject ? undefined : textFacts.get(question);
  let facts = isObject ? byQuestion?.get(question) : lastText?.raw === raw ? lastText?.facts : undefined;
  if (!facts) {
    const value = answerOf(question, ctx.assessment.answers);
    facts = { value, empty: kindOf(question).isEmpty(value) };
    if (!isObject) textFacts.set(question, { raw, facts });
    else if (byQuestion) byQuestion.set(question, facts);
    else objectFacts.set(raw, new WeakMap([[question, facts]]));
  }
  ctx.answers.set(question.id, facts);
  return facts;
}

/**
 * What `rule` finds in one answer, read from that answer alone: kept with the answer's facts, so it is
 * worked out again only when the answer changes.
 */
function byField(rule: RuleDefinition, field: Field, ctx: Context, find: () => Finding[]): Finding[] {
  const facts = factsOf(ctx, field);
  facts.outcomes ??= new Map();
  const kept = facts.outcomes.get(rule);
  if (kept && kept.field === field) return kept.findings;
  const findings = find();
  facts.outcomes.set(rule, { field, findings });
  return findings;
}

function isEmpty(ctx: Context, field: Field): boolean {
  return factsOf(ctx, field).empty;
}

function valueOf(ctx: Context, field: Field): AnswerValue {
  return factsOf(ctx, field).value;
}

/** The text the rules read, normalised and padded once for every signal looked for in it. */
function paddedOf(ctx: Context, field: Field): string {
  const facts = factsOf(ctx, field);
  facts.padded ??= paddedText(textOf(ctx, field));
  return facts.padded;
}

function signal(ctx: Context, field: Field, name: SignalName): boolean {
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
function wordCountOf(ctx: Context, field: Field): number {
  const facts = factsOf(ctx, field);
  if (facts.wordCount === undefined) {
    const normal = paddedOf(ctx, field).slice(1, -1);
    facts.wordCount = normal === '' ? 0 : normal.split(' ').length;
  }
  return facts.wordCount;
}

function severityRank(severity: FindingSeverity): number {
  return severity === 'missing' ? 0 : 1;
}

const fieldCache = new WeakMap<Template, Map<string, Field>>();

function templateFields(template: Template): Map<string, Field> {
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
function selectCached(template: Template, fields: Map<string, Field>, selector: FieldSelector): Field[] {
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
function textOf(ctx: Context, field: Field): string {
  const facts = factsOf(ctx, field);
  if (facts.text !== undefined) return facts.text;
  const reasonText = outputKindOf(field.question).reasonText;
  if (!reasonText) facts.text = kindOf(field.question).text(facts.value, field.question);
  else facts.text = facts.empty ? '' : reasonText(field.question, facts.value);
  return facts.text;
}

/** The answer's structure says there is an effect (an impact rated positive…): it claims no "none". */
function statesAnEffect(ctx: Context, field: Field): boolean {
  const states = outputKindOf(field.question).statesAnEffect;
  return states !== undefined && states(field.question, factsOf(ctx, field).value);
}

function finding(
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

function evaluateRule(rule: RuleDefinition, selected: Field[], ctx: Context): Finding[] {
  switch (rule.kind) {
    case 'distinct':
      return distinctKept(rule, selected, ctx);
    case 'agreed-date':
      // Also reads the status and today's date: worked out each time, the same objects kept when equal.
      return selected.flatMap((field) => {
        const facts = factsOf(ctx, field);
        facts.outcomes ??= new Map();
        const kept = facts.outcomes.get(rule);
        const findings = reuse(
          kept?.field === field ? kept.findings : undefined,
          evaluateOnce(rule, [field], ctx),
        );
        facts.outcomes.set(rule, { field, findings });
        return findings;
      });
    default:
      return selected.flatMap((field) => byField(rule, field, ctx, () => evaluateOnce(rule, [field], ctx)));
  }
}

/** `next`, with each finding equal to one of `previous` replaced by it (`previous` itself when all are). */
function reuse(previous: readonly Finding[] | undefined, next: Finding[]): Finding[] {
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
    (a.related ?? []).join(' ') === (b.related ?? []).join(' ')
  );
}

/** The last findings of a `distinct` rule, with the facts of the answers they were found in. */
const distinctKeptFor = new WeakMap<
  Field[],
  WeakMap<RuleDefinition, { facts: AnswerFacts[]; findings: Finding[] }>
>();

/** A `distinct` rule compares every answer it reads with every other: kept while none of them changes. */
function distinctKept(
  rule: Extract<RuleDefinition, { kind: 'distinct' }>,
  selected: Field[],
  ctx: Context,
): Finding[] {
  const facts = selected.map((field) => factsOf(ctx, field));
  let byRule = distinctKeptFor.get(selected);
  if (!byRule) {
    byRule = new WeakMap();
    distinctKeptFor.set(selected, byRule);
  }
  const kept = byRule.get(rule);
  if (kept && kept.facts.every((f, i) => f === facts[i])) return kept.findings;
  const findings = reuse(kept?.findings, distinctFindings(rule, selected, ctx));
  byRule.set(rule, { facts, findings });
  return findings;
}

/** What `rule` finds in the `selected` answers, worked out afresh. */
function evaluateOnce(rule: RuleDefinition, selected: Field[], ctx: Context): Finding[] {
  switch (rule.kind) {
    case 'answered':
      return selected.flatMap((field) => {
        if (!isEmpty(ctx, field)) return [];
        const what = field.question.requiredMessage ?? `Answer “${field.question.label}”`;
        return [finding(rule, field, 'missing', 'Not answered', `${what}.`)];
      });

    case 'gives-reason':
      return selected.flatMap((field) => {
        const text = textOf(ctx, field);
        if (text.trim() === '') return [];
        if (signal(ctx, field, 'placeholder')) return [placeholderFinding(rule, field, text)];
        if (wordCountOf(ctx, field) < rule.minWords) {
          return [
            finding(
              rule,
              field,
              'weak',
              'Too short to show this was considered',
              'A few words cannot show what was considered. Say who could be affected, how (positively, negatively or indirectly) and on what evidence, or why there is no impact.',
            ),
          ];
        }
        if (statesAnEffect(ctx, field)) return [];
        if (signal(ctx, field, rule.claims) && !signal(ctx, field, 'gives-reason')) {
          return [finding(rule, field, 'weak', rule.noReasonTitle, rule.noReasonExplanation)];
        }
        return [];
      });

    case 'distinct':
      return distinctFindings(rule, selected, ctx);

    case 'mentions':
      return selected.flatMap((field) => {
        const text = textOf(ctx, field);
        if (text.trim() === '' || rule.anyOf.some((name) => signal(ctx, field, name))) return [];
        return [finding(rule, field, 'weak', rule.title, rule.explanation)];
      });

    case 'stands-alone':
      return selected.flatMap((field) => {
        const text = textOf(ctx, field);
        if (text.trim() === '') return [];
        if (signal(ctx, field, 'placeholder')) return [placeholderFinding(rule, field, text)];
        if (!signal(ctx, field, 'points-elsewhere')) return [];
        return [
          finding(
            rule,
            field,
            'weak',
            'Points to another answer instead of answering',
            'Each answer is read on its own in the committee paper. Answer this question here, even if that repeats a little of another answer: for example who you engaged, how and when, and what they told you.',
          ),
        ];
      });

    case 'agreed-date':
      return selected.flatMap((field) => agreedDateFindings(rule, field, ctx));

    case 'kind-checks':
      return selected.flatMap((field) => {
        const check = outputKindOf(field.question).reviewFinding;
        if (!check || isEmpty(ctx, field)) return [];
        const found = check(field.question, valueOf(ctx, field));
        return found ? [finding(rule, field, 'weak', found.title, found.explanation)] : [];
      });
  }
}

function placeholderFinding(rule: RuleDefinition, field: Field, text: string): Finding {
  const trimmed = text.trim();
  const echo = trimmed.length > ECHO_LIMIT ? `${trimmed.slice(0, ECHO_LIMIT)}…` : trimmed;
  return finding(
    rule,
    field,
    'weak',
    `“${echo}” does not answer the question`,
    field.question.role === 'equality-group'
      ? 'Say whether anyone in this group could be affected, how, and why you think so. If there is no impact, say so with the reason: the form asks for “no impact” to be documented with the reasons.'
      : 'Answer the question in a sentence or two that a committee member could read on its own.',
  );
}

function distinctFindings(
  rule: Extract<RuleDefinition, { kind: 'distinct' }>,
  selected: Field[],
  ctx: Context,
): Finding[] {
  // The selected questions' own label words are ignored on both sides, so "No impact on age" and
  // "No impact on race" compare as the same sentence.
  const ignore = labelWords(selected);
  const entries = selected
    .map((field) => ({ field, set: wordSetOf(ctx, field, ignore) }))
    .filter((e) => e.set.size >= rule.minWords);
  const alike = entries.map(() => [] as number[]);
  for (let i = 0; i < entries.length; i += 1)
    for (let j = i + 1; j < entries.length; j += 1)
      if (similarityOf(entries[i]!.set, entries[j]!.set, rule.threshold) >= rule.threshold) {
        alike[i]!.push(j);
        alike[j]!.push(i);
      }
  // Questions joined through a chain of near-copies form one group of copies.
  const groupOf = new Map<number, number[]>();
  const seen = new Set<number>();
  for (let start = 0; start < entries.length; start += 1) {
    if (seen.has(start) || alike[start]!.length === 0) continue;
    const members: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const at = stack.pop()!;
      members.push(at);
      for (const next of alike[at]!) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    for (const m of members) groupOf.set(m, members);
  }
  return entries.flatMap((entry, index) => {
    const members = groupOf.get(index);
    if (!members) return [];
    const others = members
      .filter((m) => m !== index)
      .sort((a, b) => a - b)
      .map((m) => entries[m]!.field);
    const count = others.length;
    const title = rule.title
      .replace('{count}', String(count))
      .replace('{s}', count === 1 ? '' : 's')
      .replace('{others}', others.map((o) => o.question.label).join(', '));
    return [
      finding(
        rule,
        entry.field,
        'weak',
        title,
        rule.explanation,
        others.map((o) => o.question.id),
      ),
    ];
  });
}

const labelWordsCache = new WeakMap<Field[], Set<string>>();

/** The words of the selected questions' labels (a rule's selection is made once per template). */
function labelWords(selected: Field[]): Set<string> {
  let set = labelWordsCache.get(selected);
  if (!set) {
    set = new Set(selected.flatMap((f) => words(f.question.label)));
    labelWordsCache.set(selected, set);
  }
  return set;
}

/** wordSet of the answer's text without `ignore`, made once per answer and set of words ignored. */
function wordSetOf(ctx: Context, field: Field, ignore: ReadonlySet<string>): ReadonlySet<string> {
  const facts = factsOf(ctx, field);
  facts.wordSets ??= new WeakMap();
  const known = facts.wordSets.get(ignore);
  if (known) return known;
  const out = new Set<string>();
  const normal = paddedOf(ctx, field).slice(1, -1);
  if (normal !== '') for (const word of normal.split(' ')) if (!ignore.has(word)) out.add(word);
  facts.wordSets.set(ignore, out);
  return out;
}

/** Similarities already measured, by the two word sets (kept with the answers they came from). */
const similarities = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, number>>();

/**
 * jaccard(a, b), remembered for the pair. Below `threshold` only "below" matters: two sets whose sizes
 * alone rule out reaching it (the shared words can be at most the smaller set) give that size ratio.
 */
function similarityOf(a: ReadonlySet<string>, b: ReadonlySet<string>, threshold: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (large.size === 0 || small.size / large.size < threshold) return small.size / Math.max(1, large.size);
  let known = similarities.get(small);
  const remembered = known?.get(large);
  if (remembered !== undefined) return remembered;
  const value = jaccard(small, large);
  if (!known) {
    known = new WeakMap();
    similarities.set(small, known);
  }
  known.set(large, value);
  return value;
}

function agreedDateFindings(rule: RuleDefinition, field: Field, ctx: Context): Finding[] {
  if (field.question.kind !== 'date') return [];
  const parts = valueOf(ctx, field) as DateParts;
  const label = field.question.label;
  const agreed = ctx.assessment.status === 'agreed';
  if (isEmpty(ctx, field)) {
    if (!agreed) return [];
    return [
      finding(
        rule,
        field,
        'missing',
        `${label} is missing`,
        'An agreed assessment needs the date it was agreed. To add it, start a new revision and agree it again: agreeing fills in the date.',
      ),
    ];
  }
  const notReal = checkDateParts(parts, label, { required: false });
  if (notReal) {
    return [
      agreed
        ? finding(
            rule,
            field,
            'missing',
            `${label} is not a real date`,
            `An agreed assessment needs the date it was agreed. ${notReal.message}. To correct it, start a new revision and agree it again.`,
          )
        : finding(
            rule,
            field,
            'weak',
            `${label} is not a real date`,
            `${notReal.message}, or leave it blank: it is filled in when the reviewer agrees the assessment.`,
          ),
    ];
  }
  // A real date: the only problem left with notInFuture is a date after today.
  if (!checkDateParts(parts, label, { required: false, notInFuture: true, today: ctx.today })) return [];
  return [
    finding(
      rule,
      field,
      'weak',
      `${label} is in the future`,
      `The assessment must be agreed before or on the day it is recorded, and before the decision it informs. ${agreed ? 'Start a new revision to correct the date.' : 'Leave the date blank: it is filled in when the reviewer agrees the assessment.'}`,
    ),
  ];
}
