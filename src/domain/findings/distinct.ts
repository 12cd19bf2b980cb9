import type { Finding, RuleDefinition } from './types.ts';
import { factsOf, finding, paddedOf, reuse, type AnswerFacts, type Context, type Field } from './facts.ts';
import { jaccard, words } from './text.ts';

/**
 * The `distinct` rule: answers that are the same, or nearly, as other answers of the same kind (the
 * equality groups, the three aims of the equality duty), found by comparing every pair.
 */

/** The last findings of a `distinct` rule, with the facts of the answers they were found in. */
const distinctKeptFor = new WeakMap<
  Field[],
  WeakMap<RuleDefinition, { facts: AnswerFacts[]; findings: Finding[] }>
>();

/** A `distinct` rule compares every answer it reads with every other: kept while none of them changes. */
export function distinctKept(
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
