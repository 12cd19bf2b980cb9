import { z } from 'zod';

/**
 * What a question is FOR, in words the review rules and the outputs understand, so they work on any
 * template: the library's title column reads the question whose role is `title`, the overview's grid
 * has one column per `equality-group` question, and a rule about the equality duty reads the three
 * `psed-…` questions. A template without a role a rule needs simply skips that rule.
 *
 * Every role except `equality-group` may be carried by at most one question in a template.
 */
export const questionRoleSchema = /* @__PURE__ */ z.enum([
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

export { ROLE_DESCRIPTIONS, SHARED_ROLES } from './plain/roles.ts';
