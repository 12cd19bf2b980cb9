import { type DateParts } from '@schemas/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import { checkDateParts } from '@schemas/dates.ts';
import type { Template } from '@schemas/template-definition.ts';
import { outputKindOf } from '../kinds/index.ts';
import { rulesFor } from './rule-sets.ts';
import { distinctKept } from './distinct.ts';
import {
  factsOf,
  finding,
  isEmpty,
  keepOutcome,
  keptOutcome,
  reuse,
  selectCached,
  signal,
  statesAnEffect,
  templateFields,
  textOf,
  valueOf,
  wordCountOf,
  type Context,
  type Field,
} from './facts.ts';
import type { Finding, FindingSeverity, RuleDefinition } from './types.ts';

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
  const ctx: Context = { assessment, fields, today: options.today, answers: new Array(fields.size) };
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

function severityRank(severity: FindingSeverity): number {
  return severity === 'missing' ? 0 : 1;
}

function evaluateRule(rule: RuleDefinition, selected: Field[], ctx: Context): Finding[] {
  if (rule.kind === 'distinct') return distinctKept(rule, selected, ctx);
  const found: Finding[] = [];
  for (const field of selected) {
    const facts = factsOf(ctx, field);
    const kept = keptOutcome(facts, rule, field);
    let findings: Finding[];
    // The agreed date also reads the status and today's date: worked out each time, the same objects
    // kept when equal. Every other rule reads the answer alone: kept with it until it changes.
    if (rule.kind === 'agreed-date') findings = reuse(kept, evaluateOnce(rule, field, ctx));
    else findings = kept ?? evaluateOnce(rule, field, ctx);
    if (findings !== kept) keepOutcome(facts, rule, field, findings);
    for (const f of findings) found.push(f);
  }
  return found;
}

/** No findings (shared: a rule that finds nothing in an answer, as most do, makes no new list). */
const NONE = Object.freeze([]) as unknown as Finding[];

/** What `rule` finds in the answer to `field`, worked out afresh. */
function evaluateOnce(
  rule: Exclude<RuleDefinition, { kind: 'distinct' }>,
  field: Field,
  ctx: Context,
): Finding[] {
  switch (rule.kind) {
    case 'answered': {
      if (!isEmpty(ctx, field)) return NONE;
      const what = field.question.requiredMessage ?? `Answer “${field.question.label}”`;
      return [finding(rule, field, 'missing', 'Not answered', `${what}.`)];
    }

    case 'gives-reason': {
      const text = textOf(ctx, field);
      if (text.trim() === '') return NONE;
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
      if (statesAnEffect(ctx, field)) return NONE;
      if (signal(ctx, field, rule.claims) && !signal(ctx, field, 'gives-reason')) {
        return [finding(rule, field, 'weak', rule.noReasonTitle, rule.noReasonExplanation)];
      }
      return NONE;
    }

    case 'mentions': {
      const text = textOf(ctx, field);
      if (text.trim() === '' || rule.anyOf.some((name) => signal(ctx, field, name))) return NONE;
      return [finding(rule, field, 'weak', rule.title, rule.explanation)];
    }

    case 'stands-alone': {
      const text = textOf(ctx, field);
      if (text.trim() === '') return NONE;
      if (signal(ctx, field, 'placeholder')) return [placeholderFinding(rule, field, text)];
      if (!signal(ctx, field, 'points-elsewhere')) return NONE;
      return [
        finding(
          rule,
          field,
          'weak',
          'Points to another answer instead of answering',
          'Each answer is read on its own in the committee paper. Answer this question here, even if that repeats a little of another answer: for example who you engaged, how and when, and what they told you.',
        ),
      ];
    }

    case 'agreed-date':
      return agreedDateFindings(rule, field, ctx);

    case 'kind-checks': {
      const check = outputKindOf(field.question).reviewFinding;
      if (!check || isEmpty(ctx, field)) return NONE;
      const found = check(field.question, valueOf(ctx, field));
      return found ? [finding(rule, field, 'weak', found.title, found.explanation)] : NONE;
    }
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

function agreedDateFindings(rule: RuleDefinition, field: Field, ctx: Context): Finding[] {
  if (field.question.kind !== 'date') return NONE;
  const parts = valueOf(ctx, field) as DateParts;
  const label = field.question.label;
  const agreed = ctx.assessment.status === 'agreed';
  if (isEmpty(ctx, field)) {
    if (!agreed) return NONE;
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
  if (!checkDateParts(parts, label, { required: false, notInFuture: true, today: ctx.today })) return NONE;
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
