import type { Finding, RuleDefinition } from './types.ts';

/**
 * The review page's shape of the findings: one entry per question (in the order found), and the
 * explanations that several questions share, to be said once with the questions they apply to rather
 * than printed under each ("the tick-box exercise" paragraph under ten groups).
 */

export type QuestionFindings = {
  questionId: string;
  sectionId: string;
  questionLabel: string;
  findings: Finding[];
};

export type SharedExplanation = {
  /** Stable within one list: the rule's id and the position of the explanation among its own. */
  key: string;
  title: string;
  explanation: string;
  /** The questions it applies to, in the order found. */
  questions: Array<{ questionId: string; sectionId: string; questionLabel: string }>;
};

export function findingsByQuestion(findings: readonly Finding[]): QuestionFindings[] {
  const out = new Map<string, QuestionFindings>();
  for (const f of findings) {
    const entry = out.get(f.questionId);
    if (entry) entry.findings.push(f);
    else
      out.set(f.questionId, {
        questionId: f.questionId,
        sectionId: f.sectionId,
        questionLabel: f.questionLabel,
        findings: [f],
      });
  }
  return [...out.values()];
}

/**
 * Every explanation given for two or more questions, once. Its title is the rule's `sharedTitle`
 * ("Copied text across groups"), or else the findings' own title.
 */
export function sharedExplanations(
  findings: readonly Finding[],
  rules: readonly RuleDefinition[] = [],
): SharedExplanation[] {
  const byText = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byText.get(f.explanation);
    if (list) list.push(f);
    else byText.set(f.explanation, [f]);
  }
  const out: SharedExplanation[] = [];
  const perRule = new Map<string, number>();
  for (const [explanation, list] of byText) {
    const questions = [...new Map(list.map((f) => [f.questionId, f])).values()];
    if (questions.length < 2) continue;
    const first = list[0]!;
    const rule = rules.find((r) => r.id === first.ruleId);
    const n = perRule.get(first.ruleId) ?? 0;
    perRule.set(first.ruleId, n + 1);
    out.push({
      key: `${first.ruleId}-${n}`,
      title: rule?.sharedTitle ?? first.title,
      explanation,
      questions: questions.map((f) => ({
        questionId: f.questionId,
        sectionId: f.sectionId,
        questionLabel: f.questionLabel,
      })),
    });
  }
  return out;
}
