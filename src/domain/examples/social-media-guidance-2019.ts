import type { Answers } from '@schemas/answers.ts';

/**
 * The filled-in EIA from Appendix B of the HCPC Education and Training Committee paper "Social media
 * guidance updates" (11 September 2019), word for word. "Date EIA agreed" was "TBC" on the paper, so it
 * is left blank here. Used as a test fixture and as the example anyone can open in the app.
 */
const NO_IMPACT = 'No impacts are expected to arise from this work for this group.';

export const socialMediaGuidance2019Answers = {
  projectTitle: 'Social media guidance updates 2019',
  assessorName: 'Katherine Timms',
  dateAgreed: { day: '', month: '', year: '' },
  intendedOutcomes:
    'Update the Social media guidance to provide further clarity on issues of confidentiality.',
  whoAffected:
    'Registrants are likely to feel the most significant impact of this work. They will have more detailed guidance available in relation to their use of social media.\n\n' +
    'Service users will also feel the impacts of this work; benefiting from increase awareness by registrants of issues of confidentiality in relation to social media.\n\n' +
    'Employers will be able to rely on this guidance for further clarification about the expectations of the HCPC in relation to any employees registered with us.',
  evidenceConsidered:
    'Engagement activity with key stakeholders; when presenting the draft changes to the guidance we asked if respondents felt there could be any unintended consequences from our changes. No respondents raised any concern about impacts on protected groups.',
  stakeholdersEngaged: 'Yes, see above for evidence considered towards this impact assessment.',
  age: NO_IMPACT,
  disability: NO_IMPACT,
  genderReassignment: NO_IMPACT,
  marriageCivilPartnership: NO_IMPACT,
  pregnancyMaternity: NO_IMPACT,
  race: NO_IMPACT,
  religionBelief: NO_IMPACT,
  sex: NO_IMPACT,
  sexualOrientation: NO_IMPACT,
  otherGroups: 'n/a',
  fourCountries: 'No impacts are expected to arise from this work for this area.',
  welshLanguage:
    'As any information published in this regard would be targeted at registrants, for the purpose of the Welsh Language Scheme (WLS) this would be technical or specialised material aimed at professionals (see para 4.2 of the Scheme). We therefore do not need to translate any materials, but could provide a translation on request.',
  overallImpact:
    'Through feedback we have sought through our engagement exercise and consideration of the content changes independently, we have not identified any impacts on protected groups arising from the proposed changes to the Social media guidance.',
  actionPlanSummary:
    'We intend to monitor any feedback from the revisions to this guidance, and should any impacts be identified for protected groups, we will revisit this impact assessment.',
  psedEliminate: 'The project will not actively eliminate discrimination, harassment and victimisation.',
  psedAdvance: 'The project will not actively advance equality of opportunity.',
  psedGoodRelations: 'The project will not actively promote good relations between groups.',
} satisfies Answers;

/** The paper's meeting date, used to head the exported appendix. */
export const socialMediaGuidance2019Publication = {
  appendixLabel: 'Appendix B',
  organisation: 'Health and Care Professions Council',
  committee: 'Education and Training Committee',
  meetingDate: '11 September 2019',
  includeAboutThisForm: false,
};
