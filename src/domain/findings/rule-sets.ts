import type { Template } from '@schemas/template-definition.ts';
import type { RuleDefinition, RuleSet } from './types.ts';

/**
 * The review rules, as data. Each rule names the questions it reads by role (schemas/roles.ts) or by
 * what the template says about a question, so any template can take this list as it is: a template
 * without a role a rule needs simply skips that rule.
 * What each `kind` does is in evaluate.ts; the words people read are here.
 *
 * Thresholds (checked in tests/domain/findings/):
 * - 8 words: the one-liners a reviewer sends back ("No impact on this group.", "Not relevant to this
 *   work.", 5 words each) fall below it; one sentence that gives a reason ("No impact, because the
 *   guidance applies to every registrant equally.", 11 words) clears it.
 * - similarity 0.8: the seed's "…for this group." and "…for this area." score 0.83 and must be caught;
 *   an answer that copies that sentence and adds a real reason falls to about 0.5.
 */

const PSED_ROLES = ['psed-eliminate', 'psed-advance', 'psed-good-relations'] as const;

/** Free-text questions outside the equality groups and the equality duty, whose answers must stand on their own. */
const STANDALONE_ROLES = [
  'intended-outcomes',
  'who-affected',
  'evidence',
  'engagement',
  'welsh-language',
  'overall-impact',
  'action-plan',
  'monitoring',
] as const;

export const baseRules: readonly RuleDefinition[] = [
  { id: 'answered', kind: 'answered', fields: { where: 'required' } },
  // What a question's kind finds weak in its own answer (an impact rated "not known", or without why).
  { id: 'kind-checks', kind: 'kind-checks', fields: { where: 'all' } },
  {
    id: 'group-reason',
    kind: 'gives-reason',
    fields: { roles: ['equality-group'] },
    minWords: 8,
    claims: 'no-impact-claim',
    noReasonTitle: 'Says there is no impact but not why',
    noReasonExplanation:
      'The form asks for “no impact” to be documented with the reasons. Say why this group is not affected: what you checked, what the evidence or engagement showed, or why the work does not reach these people differently (positively, negatively or indirectly).',
  },
  {
    id: 'group-distinct',
    kind: 'distinct',
    fields: { roles: ['equality-group'] },
    threshold: 0.8,
    minWords: 1,
    title: 'Same or nearly the same answer as {count} other group{s}',
    sharedTitle: 'Copied text across groups',
    explanation:
      'The same answer copied down the page is what courts call a tick-box exercise: it does not show that each group was thought about. Answer for this group on its own: who in it could be affected, how, and why you think so.',
  },
  {
    id: 'evidence-source',
    kind: 'mentions',
    fields: { roles: ['evidence'] },
    anyOf: ['names-source', 'explains-no-evidence'],
    title: 'Does not name a source of evidence',
    explanation:
      'Name the evidence you used, for example survey results, consultation responses (from whom, when, how many), research, or data about the people affected. If there is none, say why and how you will close the gap: lack of data should not prevent a thorough assessment.',
  },
  { id: 'stands-alone', kind: 'stands-alone', fields: { roles: STANDALONE_ROLES } },
  {
    id: 'psed-reason',
    kind: 'gives-reason',
    fields: { roles: PSED_ROLES },
    minWords: 8,
    claims: 'negative-claim',
    noReasonTitle: 'Says the work will not meet this aim, without saying why',
    noReasonExplanation:
      'The duty is to have due regard to each aim, not always to achieve it, so “will not” can be a fair answer, but only with the thinking behind it. Say what you considered for this aim, what you decided and why, and any action in the plan that follows. A bare “will not” reads as the aim not having been considered.',
  },
  {
    id: 'psed-distinct',
    kind: 'distinct',
    fields: { roles: PSED_ROLES },
    threshold: 0.8,
    minWords: 1,
    title: 'Same or nearly the same answer as {count} other equality duty question{s}',
    sharedTitle: 'Copied text across the equality duty aims',
    explanation:
      'The three aims of the public sector equality duty must each be considered on their own. Answer this aim in its own words: what the work does, or could do, for it, and why.',
  },
  {
    id: 'action-plan-monitoring',
    kind: 'mentions',
    fields: { roles: ['monitoring', 'action-plan'], firstFound: true },
    anyOf: ['monitoring'],
    title: 'Does not say how the impact will be monitored',
    explanation:
      'Say how and when you will monitor the effect on equality, diversity and inclusion, who will do it, and when this assessment will be reviewed.',
  },
  { id: 'agreed-date', kind: 'agreed-date', fields: { roles: ['date-agreed'] } },
];

export const ruleSets: readonly RuleSet[] = [
  { templateId: 'hcpc-eia', templateVersion: '2018-10', rules: baseRules },
];

/**
 * The rules for a template version. A version with no rule set of its own gets `baseRules`: every rule
 * there selects questions by role, and skips roles the template does not have.
 */
export function rulesFor(template: Template): readonly RuleDefinition[] {
  const set = ruleSets.find((s) => s.templateId === template.id && s.templateVersion === template.version);
  return set?.rules ?? baseRules;
}
