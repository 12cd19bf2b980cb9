import { en, type LocalText } from '../local-text.ts';
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

function equalityGroupGuidance(extra?: LocalText): LocalText[] {
  return [
    en(POSITIVE_NEGATIVE_INDIRECT),
    en(CONSIDER_ALL),
    en(NO_IMPACT_STILL_DOCUMENTED),
    ...(extra ? [extra] : []),
  ];
}

const LONG = 50000;

export const hcpcEia201810: TemplateDefinition = {
  schemaVersion: 2,
  id: 'hcpc-eia',
  version: '2018-10',
  title: en('Equality, Diversity and Inclusion Impact Assessment (EIA)'),
  shortTitle: en('Equality, Diversity and Inclusion Impact Assessment'),
  introGuidance: [
    en('For background information on how to complete this form, read About this form (Appendix 2).'),
    en(
      'Guidance text is suggested (not required) content. It is shown beside each question to help you and is never part of your answers or the exported document.',
    ),
  ],
  sections: [
    {
      id: 'overview',
      number: 1,
      title: en('Project / Policy overview'),
      guidance: [],
      questions: [
        {
          id: 'projectTitle',
          role: 'title',
          kind: 'text',
          requiredMessage: en('Enter the project or policy title'),
          label: en('Project / policy title'),
          required: true,
          maxLength: 250,
        },
        {
          id: 'assessorName',
          role: 'assessor',
          kind: 'text',
          requiredMessage: en('Enter the name of the impact assessor'),
          label: en('Name of impact assessor'),
          required: true,
          maxLength: 200,
        },
        {
          id: 'dateAgreed',
          role: 'date-agreed',
          kind: 'date',
          label: en('Date EIA agreed'),
          hint: en('For example, 11 9 2019. Leave this blank until the assessment is agreed.'),
          required: false,
        },
        {
          id: 'intendedOutcomes',
          role: 'intended-outcomes',
          kind: 'textarea',
          requiredMessage: en('Enter the intended outcomes of this work'),
          label: en('What are the intended outcomes of this work?'),
          guidance: [
            en('Describe what the project or policy is for and what it should achieve.'),
            en('This form is intended for use in new or major projects or policies.'),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'whoAffected',
          role: 'who-affected',
          kind: 'textarea',
          requiredMessage: en('Enter who will be affected'),
          label: en('Who will be affected?'),
          guidance: [
            en(
              'Think about everyone the work may reach: for example registrants, service users and the public, employers, education providers and employees.',
            ),
            en('Impacts might be indirect.'),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'evidence',
      number: 2,
      title: en('Evidence and Engagement'),
      guidance: [
        {
          text: en(
            'Lack of data should not prevent a thorough EIA. Be proactive in seeking the information you need.',
          ),
          printed: true,
        },
      ],
      questions: [
        {
          id: 'evidenceConsidered',
          role: 'evidence',
          kind: 'textarea',
          requiredMessage: en('Enter the evidence you have considered, or say why there is none'),
          label: en('What evidence have you considered towards this impact assessment?'),
          guidance: [
            en(
              'Lack of data should not prevent a thorough EIA. Be proactive in seeking the information you need.',
            ),
            en(
              'Name the sources you used (for example surveys, consultation responses, research, data about the people affected). If there is no evidence, say why and how you will close the gap.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'stakeholdersEngaged',
          role: 'engagement',
          kind: 'textarea',
          requiredMessage: en('Enter whether you have engaged stakeholders, and how'),
          label: en('Have you engaged stakeholders in gathering or analysing this evidence?'),
          guidance: [
            en(
              'We encourage you to consult with colleagues, stakeholders and where possible, people with protected characteristics throughout this process.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'analysis',
      number: 3,
      title: en('Analysis by equality group'),
      guidance: [
        {
          text: en(
            'The Equality and Human Rights Commission offers information on the protected characteristics. Describe any impact to groups or individuals with the protected characteristics listed below that might result from the proposed project or policy. Draw upon evidence where relevant.',
          ),
          printed: true,
        },
        { text: en(CONSIDER_ALL), printed: true },
      ],
      questions: [
        {
          id: 'age',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on age, or say why there is none'),
          label: en('Age'),
          descriptor: en('includes children, young people and older people'),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'disability',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on disability, or say why there is none'),
          label: en('Disability'),
          descriptor: en("includes physical and mental impairment. Remember 'invisible disabilities'"),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'genderReassignment',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on gender reassignment, or say why there is none'),
          label: en('Gender reassignment'),
          descriptor: en(
            'consider that individuals at different stages of transition may have different needs',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'marriageCivilPartnership',
          kind: 'textarea',
          requiredMessage: en(
            'Describe any impact on marriage and civil partnerships, or say why there is none',
          ),
          label: en('Marriage and civil partnerships'),
          descriptor: en('includes same-sex unions'),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'pregnancyMaternity',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on pregnancy and maternity, or say why there is none'),
          label: en('Pregnancy and maternity'),
          descriptor: en(
            'includes people who are pregnant, expecting a baby, up to 26 weeks post-natal or are breastfeeding',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'race',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on race, or say why there is none'),
          label: en('Race'),
          descriptor: en('includes race, colour, and nationality, citizenship, ethnic or national origins'),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'religionBelief',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on religion or belief, or say why there is none'),
          label: en('Religion or belief'),
          descriptor: en('includes religious and philosophical beliefs, including lack of belief'),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'sex',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on sex, or say why there is none'),
          label: en('Sex'),
          descriptor: en('includes men and women'),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'sexualOrientation',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on sexual orientation, or say why there is none'),
          label: en('Sexual orientation'),
          descriptor: en('includes heterosexual, lesbian, gay, bi-sexual, queer and other orientations'),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'otherGroups',
          kind: 'textarea',
          requiredMessage: en('Describe any impact on other identified groups, or say why there is none'),
          label: en('Other identified groups'),
          guidance: equalityGroupGuidance(
            en(
              'Consider groups not covered by the protected characteristics who may be affected, for example carers or people on low incomes. If there are none, say so and why.',
            ),
          ),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'fourCountries',
          kind: 'textarea',
          requiredMessage: en('Describe any impact across the four countries, or say why there is none'),
          label: en('Four countries diversity'),
          guidance: [
            en(
              'Consider whether the project or policy affects people differently in England, Northern Ireland, Scotland and Wales.',
            ),
            en(NO_IMPACT_STILL_DOCUMENTED),
          ],
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
      ],
    },
    {
      id: 'welsh-language',
      number: 4,
      title: en('Welsh Language Scheme'),
      guidance: [],
      questions: [
        {
          id: 'welshLanguage',
          role: 'welsh-language',
          kind: 'textarea',
          requiredMessage: en('Enter how this project or policy engages the Welsh Language Scheme'),
          label: en(
            'How might this project / policy engage our commitments under the Welsh Language Scheme?',
          ),
          guidance: [
            en(
              'The Welsh Language Scheme (WLS) is published at https://www.hcpc-uk.org/globalassets/about-us/governance/welsh-language-scheme.pdf',
            ),
            en(
              'Say whether materials will be published in Welsh, or why not, with reference to the relevant paragraph of the Scheme.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'summary',
      number: 5,
      title: en('Summary of Analysis'),
      guidance: [],
      questions: [
        {
          id: 'overallImpact',
          role: 'overall-impact',
          kind: 'textarea',
          requiredMessage: en('Enter the overall impact of this work'),
          label: en('What is the overall impact of this work?'),
          guidance: [
            en(
              'Summarise the positive and negative impacts you have identified, and the evidence they rest on.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'action-plan',
      number: 6,
      title: en('Action plan'),
      guidance: [
        {
          text: en(
            'Summarise the key actions required to improve the project or policy plan based on any gaps, challenges and opportunities you have identified through this assessment. Include information about how you will monitor any impact on equality, diversity and inclusion.',
          ),
          printed: true,
        },
      ],
      questions: [
        {
          id: 'actionPlanSummary',
          role: 'action-plan',
          kind: 'textarea',
          requiredMessage: en('Enter a summary of the action plan'),
          label: en('Summary of action plan'),
          guidance: [
            en(
              'Summarise the key actions required to improve the project or policy plan based on any gaps, challenges and opportunities you have identified through this assessment.',
            ),
            en(
              'Include information about how you will monitor any impact on equality, diversity and inclusion.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedEliminate',
          role: 'psed-eliminate',
          kind: 'textarea',
          requiredMessage: en(
            'Enter how the project or policy will eliminate discrimination, harassment and victimisation',
          ),
          heading: en('Public sector equality duty'),
          headingGuidance: {
            text: en(
              'Below, explain how the action plan you have formed meets our public sector equality duty.',
            ),
            printed: true,
          },
          label: en('How will the project / policy eliminate discrimination, harassment and victimisation?'),
          guidance: [
            en(
              'The duty is to have due regard to the need to eliminate unlawful discrimination, harassment and victimisation and other conduct prohibited by the Equality Act 2010.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedAdvance',
          role: 'psed-advance',
          kind: 'textarea',
          requiredMessage: en('Enter how the project or policy will advance equality of opportunity'),
          label: en('How will the project / policy advance equality of opportunity?'),
          guidance: [
            en(
              'The duty is to have due regard to the need to advance equality of opportunity between people who share a protected characteristic and those who do not.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedGoodRelations',
          role: 'psed-good-relations',
          kind: 'textarea',
          requiredMessage: en('Enter how the project or policy will promote good relations between groups'),
          label: en('How will the project / policy promote good relations between groups?'),
          guidance: [
            en(
              'The duty is to have due regard to the need to foster good relations between people who share a protected characteristic and those who do not.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
  ],
  about: {
    title: en('About this form'),
    blocks: [
      {
        heading: en('The Public Sector Equality Duty'),
        paragraphs: [
          en(
            'The public sector equality duty (PSED) set out in the Equality Act 2010 requires that the HCPC must, in the exercise of its public functions, have due regard to the need to:',
          ),
        ],
        bullets: [
          en(
            'Eliminate unlawful discrimination, harassment and victimisation and other conduct prohibited by the Act;',
          ),
          en(
            'Advance equality of opportunity between people who share a protected characteristic and those who do not; and',
          ),
          en(
            'Foster good relations between people who share a protected characteristic and those who do not.',
          ),
        ],
        after: [
          en(
            'The Act does not specify how public authorities should analyse the effect of their new and existing policies and practices on equality, but doing so is an important aspect of complying with the PSED. This form is designed to help HCPC staff meet our equality duties under the Act.',
          ),
          en(
            "To review the HCPC's 12 Equality, Diversity and Inclusion (EDI) objectives and how we are working to achieve them, please refer to our EDI Policy and current EDI Action Plan. You can find these in the Publications section of our website.",
          ),
          en(
            'Should you have any queries or suggestions about this form, please contact the Policy and Standards team on 0207 840 9815 or policy@hcpc-uk.org. Your EDI Manager is Katherine Timms.',
          ),
        ],
      },
      {
        heading: en('How to complete this form'),
        paragraphs: [
          en(
            'This form is intended for use in new or major projects or policies. It is structured to consider the 9 protected characteristics set out in the Equality Act 2010. It is therefore important that you complete every section of the form.',
          ),
          en(
            "You should consider and document positive and negative impacts which might result from the proposed project or policy. Impacts might be indirect. If you consider that there will be no impact to groups or individuals with a particular protected characteristic, this should still be documented. The EDI impact assessment is not intended as a 'tick box' exercise. Instead, it offers a tool to help you embed equality, diversity and inclusion throughout your work planning and delivery. We encourage you to consult with colleagues, stakeholders and where possible, people with protected characteristics throughout this process.",
          ),
        ],
      },
    ],
  },
  notice: en(
    'This document is adapted from a Department of Health publication and contains public sector information licensed under the Open Government Licence v3.0. Last revised by the HCPC Policy and Standards department in October 2018.',
  ),
  footnotes: [
    {
      questionId: 'welshLanguage',
      text: en(
        'Welsh Language Scheme: https://www.hcpc-uk.org/globalassets/about-us/governance/welsh-language-scheme.pdf',
      ),
    },
  ],
};
