/**
 * The Zod-free half of schemas/roles.ts (which re-exports it): what the screens an assessment opens on need,
 * so they load no validation library (`npm run bench -- bundle`, schemas/plain/README.md).
 */
import type { QuestionRole } from '../roles.ts';

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
