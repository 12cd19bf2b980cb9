import { z } from 'zod';

/**
 * What a question is FOR, in words the review rules and the outputs understand, so they work on any
 * template: the library's title column reads the question whose role is `title`, the overview's grid
 * has one column per `equality-group` question, and a rule about the equality duty reads the three
 * `psed-…` questions. A template without a role a rule needs simply skips that rule.
 *
 * Every role except `equality-group` may be carried by at most one question in a template.
 */
export const questionRoleSchema = z.enum([
  'title',
  'assessor',
  'date-agreed',
  'intended-outcomes',
  'who-affected',
  'evidence',
  'engagement',
  'equality-group',
  'welsh-language',
  'overall-impact',
  'action-plan',
  'monitoring',
  'psed-eliminate',
  'psed-advance',
  'psed-good-relations',
]);
export type QuestionRole = z.infer<typeof questionRoleSchema>;

/** Roles many questions may share; every other role is unique within a template. */
export const SHARED_ROLES: readonly QuestionRole[] = ['equality-group'];

/** What each role means, for the designer's role picker and for error messages. */
export const ROLE_DESCRIPTIONS: Record<QuestionRole, string> = {
  title: 'The title of the project or policy (names the assessment everywhere)',
  assessor: 'The name of the impact assessor',
  'date-agreed': 'The date the assessment was agreed',
  'intended-outcomes': 'The intended outcomes of the work',
  'who-affected': 'Who will be affected',
  evidence: 'The evidence considered',
  engagement: 'How stakeholders were engaged',
  'equality-group': 'The analysis of one equality group (a column of the overview grid)',
  'welsh-language': 'The effect on the Welsh language',
  'overall-impact': 'The overall impact of the work',
  'action-plan': 'The action plan',
  monitoring: 'How the impact will be monitored',
  'psed-eliminate': 'Equality duty: eliminate discrimination, harassment and victimisation',
  'psed-advance': 'Equality duty: advance equality of opportunity',
  'psed-good-relations': 'Equality duty: foster good relations',
};
