import type { QuestionRole } from '@schemas/roles.ts';
import type { SignalName } from './text.ts';

/**
 * missing: a required answer is empty (blocks agreement).
 * weak: an answer is there but would not convince a reviewer or a court (a warning, never a block).
 */
export type FindingSeverity = 'missing' | 'weak';

export type Finding = {
  /** Stable within one assessment: `${ruleId}:${questionId}`. */
  id: string;
  ruleId: string;
  severity: FindingSeverity;
  sectionId: string;
  questionId: string;
  /** The question's label, so a list of findings reads on its own. */
  questionLabel: string;
  /** One short line: what is wrong ("Not answered", "Same answer as 8 other groups"). */
  title: string;
  /** Plain English: why it matters and what to do next. */
  explanation: string;
  /** Other questions involved (for example the groups that share a copied answer). */
  related?: string[];
};

/**
 * Which questions a rule reads: by role, so the rule works on any template (a template without the
 * role skips the rule), by what the template says about the question, or by id (ids the template does
 * not have are skipped).
 */
export type FieldSelector =
  | { ids: readonly string[] }
  /**
   * The questions with these roles (schemas/roles.ts). With `firstFound`, only those of the first role
   * the template has (e.g. `['monitoring', 'action-plan']`: a monitoring question, else the action plan).
   */
  | { roles: readonly QuestionRole[]; firstFound?: boolean }
  | { where: 'required' | 'text' | 'date' | 'all' };

type RuleBase = {
  /** Unique within a rule set; part of every finding's id. */
  id: string;
  fields: FieldSelector;
  /**
   * What the rule's findings have in common, for a list that explains them once for several questions
   * ("Copied text across groups"). Without it the findings' own title is used when they all share one.
   */
  sharedTitle?: string;
};

/**
 * A review rule as data: which fields it reads and the thresholds it uses. The evaluator for each
 * `kind` lives in evaluate.ts. Explanations given here replace the evaluator's default wording.
 */
export type RuleDefinition =
  /** Each selected question must have an answer (missing otherwise). */
  | (RuleBase & { kind: 'answered' })
  /**
   * Each selected answer must give a reason: not a placeholder ("n/a"), at least `minWords` words, and
   * if it makes one of the `claims` (e.g. "no impact") it must also say why.
   */
  | (RuleBase & {
      kind: 'gives-reason';
      minWords: number;
      claims: SignalName;
      noReasonTitle: string;
      noReasonExplanation: string;
    })
  /**
   * The selected answers must differ: any answer whose word-set similarity (text.ts `similarity`, with
   * the selected questions' own label words ignored) to another is at least `threshold` is weak, once
   * per question. Only answers of at least `minWords` words after that are compared.
   */
  | (RuleBase & {
      kind: 'distinct';
      threshold: number;
      minWords: number;
      /** May use {count} (how many others), {s} (plural ending for count) and {others} (their labels). */
      title: string;
      explanation: string;
    })
  /** Each selected answer must show at least one of `anyOf` signals. */
  | (RuleBase & { kind: 'mentions'; anyOf: readonly SignalName[]; title: string; explanation: string })
  /** Answers that only point to another answer ("see above") are weak. */
  | (RuleBase & { kind: 'stands-alone' })
  /**
   * A date question that records agreement: once the assessment is agreed it must be a real date, not
   * in the future (missing otherwise); before that, anything typed must be a real date.
   */
  | (RuleBase & { kind: 'agreed-date' })
  /** What each selected question's kind finds weak in its own answer (src/domain/kinds, `reviewFinding`). */
  | (RuleBase & { kind: 'kind-checks' });

export type RuleSet = {
  templateId: string;
  templateVersion: string;
  rules: readonly RuleDefinition[];
};
