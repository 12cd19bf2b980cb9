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
      // Both answers unchanged: both had these sizes last time, so the pair was measured then.
      if (unchanged[i] && unchanged[j]) {
        similarity[at] = kept!.similarity[at]!;
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
  // Questions joined through a chain of near-copies form one group of copies (union-find: each group
  // is named by its first question).
  const group = Array.from({ length: n }, (_, i) => i);
  const root = (at: number): number => {
    let i = at;
    while (group[i] !== i) i = group[i] = group[group[i]!]!;
    return i;
  };
  const size = new Array<number>(n).fill(1);
  for (let i = 0; i < n; i += 1)
    for (let j = i + 1; j < n; j += 1) {
      if (!(similarity[i * n + j]! >= rule.threshold)) continue;
      const a = root(i);
      const b = root(j);
      if (a === b) continue;
      group[Math.max(a, b)] = Math.min(a, b);
      size[Math.min(a, b)]! += size[Math.max(a, b)]!;
    }
  const found: Finding[] = [];
  for (let i = 0; i < n; i += 1) {
    const own = root(i);
    if (size[own]! < 2) continue;
    // The others in the group, in the template's order.
    const others: Field[] = [];
    for (let m = 0; m < n; m += 1) if (m !== i && root(m) === own) others.push(selected[m]!);
    const count = others.length;
    let title = rule.title.replace('{count}', String(count)).replace('{s}', count === 1 ? '' : 's');
    if (title.includes('{others}'))
      title = title.replace('{others}', others.map((o) => o.question.label).join(', '));
    const related = others.map((o) => o.question.id);
    found.push(finding(rule, selected[i]!, 'weak', title, rule.explanation, related));
  }
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

/** wordSet (text.ts) of the answer's text without `ignore`, made once per answer. */
function wordSetOf(ctx: Context, field: Field, ignore: ReadonlySet<string>): ReadonlySet<string> {
  const facts = factsOf(ctx, field);
  if (facts.words?.ignore === ignore) return facts.words.set;
  const set = new Set<string>();
  const normal = paddedOf(ctx, field).slice(1, -1);
  if (normal !== '') for (const word of normal.split(' ')) if (!ignore.has(word)) set.add(word);
  facts.words = { ignore, set };
  return set;
}
