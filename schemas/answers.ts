import { z } from 'zod';

/**
 * The answers to the HCPC EIA template (hcpc-eia, version 2018-10) while drafting.
 *
 * Drafting is never blocked: every answer may be empty, and text is kept exactly as typed (no trimming).
 * What "complete" means lives in `completion.ts`. The keys here and the question ids in the template
 * agree one to one (tests/schemas/template-answers.test.ts proves it).
 */

/** Upper bound on one answer, so that a hostile or corrupt file cannot exhaust memory. */
export const MAX_DRAFT_ANSWER_LENGTH = 200_000;

const draftText = z.string().max(MAX_DRAFT_ANSWER_LENGTH).default('');

/** A date as the user typed it, GOV.UK style: day, month and year kept apart and as typed. */
export const datePartsSchema = z.object({
  day: z.string().max(20).default(''),
  month: z.string().max(20).default(''),
  year: z.string().max(20).default(''),
});
export type DateParts = z.infer<typeof datePartsSchema>;

export const answersSchema = z.object({
  // Section 1: Project / Policy overview
  projectTitle: draftText,
  assessorName: draftText,
  dateAgreed: datePartsSchema.default({ day: '', month: '', year: '' }),
  intendedOutcomes: draftText,
  whoAffected: draftText,
  // Section 2: Evidence and Engagement
  evidenceConsidered: draftText,
  stakeholdersEngaged: draftText,
  // Section 3: Analysis by equality group
  age: draftText,
  disability: draftText,
  genderReassignment: draftText,
  marriageCivilPartnership: draftText,
  pregnancyMaternity: draftText,
  race: draftText,
  religionBelief: draftText,
  sex: draftText,
  sexualOrientation: draftText,
  otherGroups: draftText,
  fourCountries: draftText,
  // Section 4: Welsh Language Scheme
  welshLanguage: draftText,
  // Section 5: Summary of Analysis
  overallImpact: draftText,
  // Section 6: Action plan
  actionPlanSummary: draftText,
  psedEliminate: draftText,
  psedAdvance: draftText,
  psedGoodRelations: draftText,
});
export type Answers = z.infer<typeof answersSchema>;
export type AnswersInput = z.input<typeof answersSchema>;
export type AnswerKey = keyof Answers;
export type TextAnswerKey = Exclude<AnswerKey, 'dateAgreed'>;

export function emptyAnswers(): Answers {
  return answersSchema.parse({});
}

/** True when an answer holds nothing but white space (or, for a date, no part at all). */
export function isAnswerEmpty(value: Answers[AnswerKey]): boolean {
  if (typeof value === 'string') return value.trim() === '';
  return value.day.trim() === '' && value.month.trim() === '' && value.year.trim() === '';
}
