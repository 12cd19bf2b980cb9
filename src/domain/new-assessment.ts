import { checkSection } from '@schemas/completion.ts';
import { emptyAnswers } from '@schemas/plain/answers.ts';
import { type Answers } from '@schemas/answers.ts';
import { CURRENT_ASSESSMENT_SCHEMA_VERSION } from '@schemas/plain/assessment.ts';
import { type Assessment, type Publication } from '@schemas/assessment.ts';
import type { Language } from '@schemas/local-text.ts';
import { languageFor } from '@schemas/plain/template-definition.ts';
import { type Template } from '@schemas/template-definition.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import {
  socialMediaGuidance2019Answers,
  socialMediaGuidance2019Publication,
} from './examples/social-media-guidance-2019.ts';

/** The address of the example EIA in the library: "Open the example" opens the one already here. */
export const EXAMPLE_ASSESSMENT_ID = 'example-social-media-guidance-2019';

export function newAssessmentId(): string {
  return crypto.randomUUID();
}

/**
 * A new, empty draft on `template` (the current template unless given), written in `language` (the
 * interface's) when the template is published in it, otherwise in the template's first language.
 */
export function createAssessment(
  options: {
    id?: string;
    now?: Date;
    answers?: Answers;
    publication?: Partial<Publication>;
    template?: Template;
    language?: Language;
  } = {},
): Assessment {
  const template = options.template ?? currentTemplate;
  const at = (options.now ?? new Date()).toISOString();
  const language = languageFor(template, options.language ?? 'en');
  return {
    schemaVersion: CURRENT_ASSESSMENT_SCHEMA_VERSION,
    id: options.id ?? newAssessmentId(),
    templateId: template.id,
    templateVersion: template.version,
    language,
    createdAt: at,
    updatedAt: at,
    status: 'draft',
    revision: 1,
    completedSections: [],
    answers: { ...emptyAnswers(template), ...options.answers },
    statusHistory: [{ status: 'draft', at, by: '', note: '', revision: 1 }],
    comments: [],
    answerChanges: [],
    noLongerAsked: [],
    publication: {
      // The committee paper's label, in the assessment's language ("Atodiad B" on a Welsh one).
      appendixLabel: language === 'cy' ? 'Atodiad B' : 'Appendix B',
      organisation: '',
      committee: '',
      meetingDate: '',
      includeAboutThisForm: false,
      ...options.publication,
    },
  };
}

/**
 * The seed's filled-in EIA, as a fresh draft anyone can open. It looks finished: every section whose answers
 * pass "Mark this section as completed" is marked completed, as its assessor would have left it.
 */
export function createExampleAssessment(options: { id?: string; now?: Date } = {}): Assessment {
  const assessment = createAssessment({
    ...options,
    answers: socialMediaGuidance2019Answers,
    publication: socialMediaGuidance2019Publication,
  });
  const completedSections = currentTemplate.sections
    .filter((section) => checkSection(section, assessment.answers).length === 0)
    .map((section) => section.id);
  return { ...assessment, completedSections };
}
