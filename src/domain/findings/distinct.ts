import type { Finding, RuleDefinition } from './types.ts';
import { factsOf, finding, paddedOf, reuse, type AnswerFacts, type Context, type Field } from './facts.ts';
import { jaccard, words } from './text.ts';

/**
 * The `distinct` rule: answers that are the same, or nearly, as other answers of the same kind (the
 * equality groups, the three aims of the equality duty), found by comparing every pair.
 */

/**
 * The last findings of a `distinct` rule, with the facts of the answers they were found in and the
 * similarity of each pair of them (`similarity[i * n + j]`, i < j, for the rule's n questions; NaN where
 * not measured).
 */
type Kept = { facts: AnswerFacts[]; findings: Finding[]; similarity: number[] };
const distinctKeptFor = new WeakMap<Field[], WeakMap<RuleDefinition, Kept>>();

/**
 * A `distinct` rule compares every answer it reads with every other: its findings are kept while none of
 * them changes, and a pair's similarity while neither answer of the pair changes (so typing in one answer
 * measures that answer against the others, not every pair again).
 */
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
  const similarity = similarities(rule, selected, ctx, facts, kept);
  const findings = reuse(kept?.findings, distinctFindings(rule, selected, similarity));
  byRule.set(rule, { facts, findings, similarity });
  return findings;
}

/**
 * The similarity of each pair of the selected answers with at least `rule.minWords` words (NaN for the
 * others), taken from `kept` for a pair whose two answers are unchanged. Below `rule.threshold` only
 * "below" matters: two sets whose sizes alone rule out reaching it (the shared words can be at most the
 * smaller set) give that size ratio.
 */
function similarities(
  rule: Extract<RuleDefinition, { kind: 'distinct' }>,
  selected: Field[],
  ctx: Context,
  facts: AnswerFacts[],
  kept: Kept | undefined,
): number[] {
  const n = selected.length;
  const similarity = new Array<number>(n * n).fill(Number.NaN);
  // The selected questions' own label words are ignored on both sides, so "No impact on age" and
  // "No impact on race" compare as the same sentence.
  const ignore = labelWords(selected);
  const sets = selected.map((field) => wordSetOf(ctx, field, ignore));
  const unchanged = facts.map((f, i) => kept?.facts[i] === f);
  for (let i = 0; i < n; i += 1) {
    const a = sets[i]!;
    if (a.size < rule.minWords) continue;
    for (let j = i + 1; j < n; j += 1) {
      const b = sets[j]!;
      if (b.size < rule.minWords) continue;
      const at = i * n + j;
      if (unchanged[i] && unchanged[j] && kept && !Number.isNaN(kept.similarity[at]!)) {
        similarity[at] = kept.similarity[at]!;
        continue;
      }
      const small = Math.min(a.size, b.size);
      const large = Math.max(a.size, b.size);
      similarity[at] =
        large === 0 || small / large < rule.threshold ? small / Math.max(1, large) : jaccard(a, b);
    }
  }
  return similarity;
}

function distinctFindings(
  rule: Extract<RuleDefinition, { kind: 'distinct' }>,
  selected: Field[],
  similarity: number[],
): Finding[] {
  const n = selected.length;
  const alike = selected.map(() => [] as number[]);
  for (let i = 0; i < n; i += 1)
    for (let j = i + 1; j < n; j += 1)
      if (similarity[i * n + j]! >= rule.threshold) {
        alike[i]!.push(j);
        alike[j]!.push(i);
      }
  // Questions joined through a chain of near-copies form one group of copies.
  const groupOf = new Map<number, number[]>();
  const seen = new Set<number>();
  for (let start = 0; start < n; start += 1) {
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
    // In the template's order, so each finding names the others in that order.
    members.sort((a, b) => a - b);
    for (const m of members) groupOf.set(m, members);
  }
  const found: Finding[] = [];
  selected.forEach((field, index) => {
    const members = groupOf.get(index);
    if (!members) return;
    const others = members.filter((m) => m !== index);
    const count = others.length;
    let title = rule.title.replace('{count}', String(count)).replace('{s}', count === 1 ? '' : 's');
    if (title.includes('{others}'))
      title = title.replace('{others}', others.map((m) => selected[m]!.question.label).join(', '));
    found.push(
      finding(
        rule,
        field,
        'weak',
        title,
        rule.explanation,
        others.map((m) => selected[m]!.question.id),
      ),
    );
  });
  return found;
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
