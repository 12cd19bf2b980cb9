import type { TemplateDefinition } from '../template-definition.ts';

/**
 * The HCPC "Equality, Diversity and Inclusion Impact Assessment (EIA)" form, last revised by the HCPC
 * Policy and Standards department in October 2018. Wording is taken from the form as used in
 * Appendix B of the ETC paper "Social media guidance updates" (11 September 2019) and from the form's
 * own guidance, "Appendix 2: About this form".
 *
 * Do not edit labels or answer keys of a published template version in place: add a new version.
 */

const NO_IMPACT_STILL_DOCUMENTED =
  'If you consider that there will be no impact to groups or individuals with this protected characteristic, this should still be documented, with the reasons.';
const CONSIDER_ALL =
  'For all characteristics, consider discrimination, victimisation, harassment and equality of opportunity as well as issues highlighted in the guidance text.';
const POSITIVE_NEGATIVE_INDIRECT =
  'You should consider and document positive and negative impacts which might result from the proposed project or policy. Impacts might be indirect.';

function equalityGroupGuidance(extra?: string): string[] {
  return [POSITIVE_NEGATIVE_INDIRECT, CONSIDER_ALL, NO_IMPACT_STILL_DOCUMENTED, ...(extra ? [extra] : [])];
}

const LONG = 50000;

export const hcpcEia201810: TemplateDefinition = {
  id: 'hcpc-eia',
  version: '2018-10',
  title: 'Equality, Diversity and Inclusion Impact Assessment (EIA)',
  shortTitle: 'Equality, Diversity and Inclusion Impact Assessment',
  introGuidance: [
    'For background information on how to complete this form, read About this form (Appendix 2).',
    'Guidance text is suggested (not required) content. It is shown beside each question to help you and is never part of your answers or the exported document.',
  ],
  sections: [
    {
      id: 'overview',
      number: 1,
      title: 'Project / Policy overview',
      guidance: [],
      questions: [
        {
          id: 'projectTitle',
          kind: 'text',
          requiredMessage: 'Enter the project or policy title',
          label: 'Project / policy title',
          required: true,
          maxLength: 250,
        },
        {
          id: 'assessorName',
          kind: 'text',
          requiredMessage: 'Enter the name of the impact assessor',
          label: 'Name of impact assessor',
          required: true,
          maxLength: 200,
        },
        {
          id: 'dateAgreed',
          kind: 'date',
          label: 'Date EIA agreed',
          hint: 'For example, 11 9 2019. Leave this blank until the assessment is agreed.',
          required: false,
        },
        {
          id: 'intendedOutcomes',
          kind: 'textarea',
          requiredMessage: 'Enter the intended outcomes of this work',
          label: 'What are the intended outcomes of this work?',
          guidance: [
            'Describe what the project or policy is for and what it should achieve.',
            'This form is intended for use in new or major projects or policies.',
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'whoAffected',
          kind: 'textarea',
          requiredMessage: 'Enter who will be affected',
          label: 'Who will be affected?',
          guidance: [
            'Think about everyone the work may reach: for example registrants, service users and the public, employers, education providers and employees.',
            'Impacts might be indirect.',
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'evidence',
      number: 2,
      title: 'Evidence and Engagement',
      guidance: [
        'Lack of data should not prevent a thorough EIA. Be proactive in seeking the information you need.',
      ],
      questions: [
        {
          id: 'evidenceConsidered',
          kind: 'textarea',
          requiredMessage: 'Enter the evidence you have considered, or say why there is none',
          label: 'What evidence have you considered towards this impact assessment?',
          guidance: [
            'Lack of data should not prevent a thorough EIA. Be proactive in seeking the information you need.',
            'Name the sources you used (for example surveys, consultation responses, research, data about the people affected). If there is no evidence, say why and how you will close the gap.',
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'stakeholdersEngaged',
          kind: 'textarea',
          requiredMessage: 'Enter whether you have engaged stakeholders, and how',
          label: 'Have you engaged stakeholders in gathering or analysing this evidence?',
          guidance: [
            'We encourage you to consult with colleagues, stakeholders and where possible, people with protected characteristics throughout this process.',
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'analysis',
      number: 3,
      title: 'Analysis by equality group',
      guidance: [
        'The Equality and Human Rights Commission offers information on the protected characteristics. Describe any impact to groups or individuals with the protected characteristics listed below that might result from the proposed project or policy. Draw upon evidence where relevant.',
        CONSIDER_ALL,
      ],
      questions: [
        {
          id: 'age',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on age, or say why there is none',
          label: 'Age',
          descriptor: 'includes children, young people and older people',
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'disability',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on disability, or say why there is none',
          label: 'Disability',
          descriptor: "includes physical and mental impairment. Remember 'invisible disabilities'",
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'genderReassignment',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on gender reassignment, or say why there is none',
          label: 'Gender reassignment',
          descriptor: 'consider that individuals at different stages of transition may have different needs',
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'marriageCivilPartnership',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on marriage and civil partnerships, or say why there is none',
          label: 'Marriage and civil partnerships',
          descriptor: 'includes same-sex unions',
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'pregnancyMaternity',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on pregnancy and maternity, or say why there is none',
          label: 'Pregnancy and maternity',
          descriptor:
            'includes people who are pregnant, expecting a baby, up to 26 weeks post-natal or are breastfeeding',
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'race',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on race, or say why there is none',
          label: 'Race',
          descriptor: 'includes race, colour, and nationality, citizenship, ethnic or national origins',
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'religionBelief',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on religion or belief, or say why there is none',
          label: 'Religion or belief',
          descriptor: 'includes religious and philosophical beliefs, including lack of belief',
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'sex',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on sex, or say why there is none',
          label: 'Sex',
          descriptor: 'includes men and women',
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'sexualOrientation',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on sexual orientation, or say why there is none',
          label: 'Sexual orientation',
          descriptor: 'includes heterosexual, lesbian, gay, bi-sexual, queer and other orientations',
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'otherGroups',
          kind: 'textarea',
          requiredMessage: 'Describe any impact on other identified groups, or say why there is none',
          label: 'Other identified groups',
          guidance: equalityGroupGuidance(
            'Consider groups not covered by the protected characteristics who may be affected, for example carers or people on low incomes. If there are none, say so and why.',
          ),
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
        {
          id: 'fourCountries',
          kind: 'textarea',
          requiredMessage: 'Describe any impact across the four countries, or say why there is none',
          label: 'Four countries diversity',
          guidance: [
            'Consider whether the project or policy affects people differently in England, Northern Ireland, Scotland and Wales.',
            NO_IMPACT_STILL_DOCUMENTED,
          ],
          required: true,
          maxLength: LONG,
          equalityGroup: true,
        },
      ],
    },
    {
      id: 'welsh-language',
      number: 4,
      title: 'Welsh Language Scheme',
      guidance: [],
      questions: [
        {
          id: 'welshLanguage',
          kind: 'textarea',
          requiredMessage: 'Enter how this project or policy engages the Welsh Language Scheme',
          label: 'How might this project / policy engage our commitments under the Welsh Language Scheme?',
          guidance: [
            'The Welsh Language Scheme (WLS) is published at https://www.hcpc-uk.org/globalassets/about-us/governance/welsh-language-scheme.pdf',
            'Say whether materials will be published in Welsh, or why not, with reference to the relevant paragraph of the Scheme.',
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'summary',
      number: 5,
      title: 'Summary of Analysis',
      guidance: [],
      questions: [
        {
          id: 'overallImpact',
          kind: 'textarea',
          requiredMessage: 'Enter the overall impact of this work',
          label: 'What is the overall impact of this work?',
          guidance: [
            'Summarise the positive and negative impacts you have identified, and the evidence they rest on.',
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'action-plan',
      number: 6,
      title: 'Action plan',
      guidance: [
        'Summarise the key actions required to improve the project or policy plan based on any gaps, challenges and opportunities you have identified through this assessment. Include information about how you will monitor any impact on equality, diversity and inclusion.',
      ],
      questions: [
        {
          id: 'actionPlanSummary',
          kind: 'textarea',
          requiredMessage: 'Enter a summary of the action plan',
          label: 'Summary of action plan',
          guidance: [
            'Summarise the key actions required to improve the project or policy plan based on any gaps, challenges and opportunities you have identified through this assessment.',
            'Include information about how you will monitor any impact on equality, diversity and inclusion.',
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedEliminate',
          kind: 'textarea',
          requiredMessage:
            'Enter how the project or policy will eliminate discrimination, harassment and victimisation',
          heading: 'Public sector equality duty',
          headingGuidance:
            'Below, explain how the action plan you have formed meets our public sector equality duty.',
          label: 'How will the project / policy eliminate discrimination, harassment and victimisation?',
          guidance: [
            'The duty is to have due regard to the need to eliminate unlawful discrimination, harassment and victimisation and other conduct prohibited by the Equality Act 2010.',
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedAdvance',
          kind: 'textarea',
          requiredMessage: 'Enter how the project or policy will advance equality of opportunity',
          label: 'How will the project / policy advance equality of opportunity?',
          guidance: [
            'The duty is to have due regard to the need to advance equality of opportunity between people who share a protected characteristic and those who do not.',
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedGoodRelations',
          kind: 'textarea',
          requiredMessage: 'Enter how the project or policy will promote good relations between groups',
          label: 'How will the project / policy promote good relations between groups?',
          guidance: [
            'The duty is to have due regard to the need to foster good relations between people who share a protected characteristic and those who do not.',
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
  ],
  about: {
    title: 'About this form',
    blocks: [
      {
        heading: 'The Public Sector Equality Duty',
        paragraphs: [
          'The public sector equality duty (PSED) set out in the Equality Act 2010 requires that the HCPC must, in the exercise of its public functions, have due regard to the need to:',
        ],
        bullets: [
          'Eliminate unlawful discrimination, harassment and victimisation and other conduct prohibited by the Act;',
          'Advance equality of opportunity between people who share a protected characteristic and those who do not; and',
          'Foster good relations between people who share a protected characteristic and those who do not.',
        ],
        after: [
          'The Act does not specify how public authorities should analyse the effect of their new and existing policies and practices on equality, but doing so is an important aspect of complying with the PSED. This form is designed to help HCPC staff meet our equality duties under the Act.',
          "To review the HCPC's 12 Equality, Diversity and Inclusion (EDI) objectives and how we are working to achieve them, please refer to our EDI Policy and current EDI Action Plan. You can find these in the Publications section of our website.",
          'Should you have any queries or suggestions about this form, please contact the Policy and Standards team on 0207 840 9815 or policy@hcpc-uk.org. Your EDI Manager is Katherine Timms.',
        ],
      },
      {
        heading: 'How to complete this form',
        paragraphs: [
          'This form is intended for use in new or major projects or policies. It is structured to consider the 9 protected characteristics set out in the Equality Act 2010. It is therefore important that you complete every section of the form.',
          "You should consider and document positive and negative impacts which might result from the proposed project or policy. Impacts might be indirect. If you consider that there will be no impact to groups or individuals with a particular protected characteristic, this should still be documented. The EDI impact assessment is not intended as a 'tick box' exercise. Instead, it offers a tool to help you embed equality, diversity and inclusion throughout your work planning and delivery. We encourage you to consult with colleagues, stakeholders and where possible, people with protected characteristics throughout this process.",
        ],
      },
    ],
  },
  notice:
    'This document is adapted from a Department of Health publication and contains public sector information licensed under the Open Government Licence v3.0. Last revised by the HCPC Policy and Standards department in October 2018.',
  footnotes: [
    {
      questionId: 'welshLanguage',
      text: 'Welsh Language Scheme: https://www.hcpc-uk.org/globalassets/about-us/governance/welsh-language-scheme.pdf',
    },
  ],
};
