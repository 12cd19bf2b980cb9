/** Review findings: what is missing or weak in an assessment, from rules held as data. */
export { findingsFor, type FindingsOptions } from './evaluate.ts';
export {
  countFindings,
  countsBySection,
  describeCounts,
  findingsByField,
  findingsBySection,
  groupStates,
  missingOnly,
  type FindingCounts,
  type GroupState,
} from './group.ts';
export {
  findingsByQuestion,
  sharedExplanations,
  type QuestionFindings,
  type SharedExplanation,
} from './explain-once.ts';
export { baseRules, rulesFor, ruleSets } from './rule-sets.ts';
export { hasSignal, jaccard, normaliseText, similarity, wordCount, type SignalName } from './text.ts';
export type { FieldSelector, Finding, FindingSeverity, RuleDefinition, RuleSet } from './types.ts';
