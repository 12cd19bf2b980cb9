import type { Template } from '@schemas/template-definition.ts';
import type { Finding } from './types.ts';

/**
 * Ways to slice a list of findings for the screens: by field, by section, counted, and per equality
 * group. Counts are of QUESTIONS, not findings: a question with two weak findings is one thing to look
 * at, and a missing question is counted as missing only (never also as weak).
 */

export type FindingCounts = { missing: number; weak: number };

export type GroupState = 'answered' | 'weak' | 'missing';

export function findingsByField(findings: readonly Finding[]): Map<string, Finding[]> {
  return groupBy(findings, (f) => f.questionId);
}

export function findingsBySection(findings: readonly Finding[]): Map<string, Finding[]> {
  return groupBy(findings, (f) => f.sectionId);
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const missing = new Set<string>();
  const weak = new Set<string>();
  for (const f of findings) (f.severity === 'missing' ? missing : weak).add(f.questionId);
  for (const id of missing) weak.delete(id);
  return { missing: missing.size, weak: weak.size };
}

/** Counts for every section of the template (sections with no findings get zeros). */
export function countsBySection(
  template: Template,
  findings: readonly Finding[],
): Record<string, FindingCounts> {
  const bySection = findingsBySection(findings);
  const out: Record<string, FindingCounts> = {};
  for (const section of template.sections) out[section.id] = countFindings(bySection.get(section.id) ?? []);
  return out;
}

/** "2 missing, 3 to look at"; "1 missing"; "3 to look at"; "" when there is nothing. */
export function describeCounts(counts: FindingCounts): string {
  const parts: string[] = [];
  if (counts.missing > 0) parts.push(`${counts.missing} missing`);
  if (counts.weak > 0) parts.push(`${counts.weak} to look at`);
  return parts.join(', ');
}

/** For each equality-group question of the template: answered, weak or missing. */
export function groupStates(template: Template, findings: readonly Finding[]): Record<string, GroupState> {
  const byField = findingsByField(findings);
  const out: Record<string, GroupState> = {};
  for (const section of template.sections)
    for (const q of section.questions) {
      if (q.role !== 'equality-group') continue;
      const list = byField.get(q.id) ?? [];
      out[q.id] = list.some((f) => f.severity === 'missing')
        ? 'missing'
        : list.length > 0
          ? 'weak'
          : 'answered';
    }
  return out;
}

export function missingOnly(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'missing');
}

function groupBy(findings: readonly Finding[], key: (f: Finding) => string): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    const list = map.get(k);
    if (list) list.push(f);
    else map.set(k, [f]);
  }
  return map;
}
