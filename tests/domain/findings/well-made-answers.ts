import type { Answers } from '@schemas/answers.ts';

/** An assessment a reviewer would agree: every answer specific, reasoned and different. */
export function wellMadeAnswers(): Answers {
  const group = (who: string, how: string) =>
    `We looked at how the change reaches ${who}. ${how} We found no sign in the 2019 consultation responses that it would treat them less favourably, because the guidance applies to every registrant in the same way.`;
  return {
    projectTitle: 'Social media guidance updates 2019',
    assessorName: 'Katherine Timms',
    dateAgreed: { day: '', month: '', year: '' },
    intendedOutcomes: 'Update the social media guidance to give clearer advice on confidentiality.',
    whoAffected: 'Registrants, service users and employers of registrants.',
    evidenceConsidered:
      'Responses to the 2019 consultation on the draft guidance (212 responses) and the 2018 registrant diversity data.',
    stakeholdersEngaged:
      'Yes: we ran two workshops with professional bodies and a service user group in May 2019, and asked every consultation respondent about unintended consequences.',
    age: group(
      'older and younger registrants',
      'Younger registrants use social media more, so they gain most from clearer advice.',
    ),
    disability: group(
      'disabled registrants',
      'The guidance will be published as accessible HTML that screen readers can read.',
    ),
    genderReassignment: group(
      'trans registrants',
      'Harassment online is named as misconduct, which may help trans registrants who report abuse.',
    ),
    marriageCivilPartnership: group(
      'married registrants and those in civil partnerships',
      'Nothing in the guidance turns on marital status.',
    ),
    pregnancyMaternity: group(
      'registrants on maternity leave',
      'They keep access to the guidance while away from work.',
    ),
    race: group(
      'registrants of every ethnic group',
      'Examples in the guidance were checked for cultural assumptions.',
    ),
    religionBelief: group(
      'registrants of any religion or none',
      'Sharing religious views online is covered only where it breaches confidentiality.',
    ),
    sex: group(
      'men and women',
      'Online abuse falls more on women, and the guidance tells them how to report it.',
    ),
    sexualOrientation: group(
      'lesbian, gay and bisexual registrants',
      'Outing someone online is given as an example of a confidentiality breach.',
    ),
    otherGroups: group(
      'carers and registrants on low incomes',
      'Carers may post about the people they care for, so we added an example.',
    ),
    fourCountries: group(
      'registrants in England, Northern Ireland, Scotland and Wales',
      'The law on confidentiality is close enough in all four that one text serves.',
    ),
    welshLanguage:
      'The guidance is technical material aimed at professionals (paragraph 4.2 of the Scheme), so we will provide a Welsh translation on request.',
    overallImpact: 'A small positive impact for registrants who face abuse online; no negative impact found.',
    actionPlanSummary:
      'We will monitor feedback and complaints for a year and review this assessment in September 2020.',
    psedEliminate:
      'By naming online harassment of colleagues and service users as misconduct, the guidance helps prevent it.',
    psedAdvance:
      'Publishing in accessible formats lets disabled registrants use the guidance on the same footing as others.',
    psedGoodRelations:
      'Examples encourage respectful discussion online between people who hold different beliefs and views.',
  };
}
