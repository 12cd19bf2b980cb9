import { roleText } from '@schemas/plain/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import type { QuestionRole } from '@schemas/roles.ts';
import type { Template } from '@schemas/template-definition.ts';
import { findTemplate } from '@schemas/templates/index.ts';

/**
 * What an assessment says in the answer of a role (schemas/roles.ts), whatever its template: the title
 * the library, the PDF and file names show, the assessor who sends it for review. Trimmed; '' when the
 * template has no question with that role or the template is not known.
 */
export function roleAnswer(
  assessment: Pick<Assessment, 'templateId' | 'templateVersion' | 'answers'>,
  role: QuestionRole,
  template: Template | undefined = findTemplate(assessment.templateId, assessment.templateVersion),
): string {
  return template ? roleText(template, assessment.answers, role).trim() : '';
}

/** The assessment's title as typed (trimmed), '' when it has none. */
export function assessmentTitle(
  assessment: Pick<Assessment, 'templateId' | 'templateVersion' | 'answers'>,
  template?: Template,
): string {
  return roleAnswer(assessment, 'title', template);
}

/** The name of the impact assessor (trimmed), '' when none. */
export function assessmentAssessor(
  assessment: Pick<Assessment, 'templateId' | 'templateVersion' | 'answers'>,
  template?: Template,
): string {
  return roleAnswer(assessment, 'assessor', template);
}
