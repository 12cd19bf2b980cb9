import type { AssessmentStatus } from '@schemas/assessment.ts';
import type { ImpactRating } from '@schemas/kinds/impact/impact-kind.ts';
import type { Language } from '@schemas/local-text.ts';
import { formatLongDate, monthName } from './long-date.ts';

/**
 * The appendix's own words (everything the PDF and the accessible HTML print that is not the template's
 * wording or the assessor's answers), in English and Welsh. A small table here rather than the app's
 * interface catalogue: the outputs are also made in the PDF's Web Worker and by the command line, where
 * that catalogue is not loaded. The Welsh is machine-made and unchecked, like the HCPC template's.
 *
 * `{page}` and `{total}` in `pageOf` are filled in by the layout (react-pdf's page numbers, or the print
 * stylesheet's counters).
 */
export type OutputStrings = {
  /** The document language for the PDF metadata and the HTML `lang` attribute. */
  htmlLang: string;
  section: (number: number, title: string) => string;
  /** Instead of an empty answer, so a gap is visible to the committee: the words the app's own pages use. */
  notAnswered: string;
  notYetAgreed: string;
  untitled: string;
  organisation: string;
  committee: string;
  meetingDate: string;
  publicationDetails: string;
  status: (words: string) => string;
  statuses: Record<AssessmentStatus, string>;
  revision: (status: string, revision: number) => string;
  exported: (date: Date) => string;
  pageOf: string;
  /** The status word drawn across every page until the assessment is agreed. */
  draftMark: string;
  /** The same status in words, at the top of the accessible version. */
  draftNotice: string;
  keywords: string[];
  /** The words printed inside answers of the richer kinds (see AnswerWords). */
  answers: AnswerWords;
  /**
   * The last section, of answers kept when the assessment moved to a newer version of its form: the same
   * words as Check your answers (noLongerAsked.* in the form's catalogue).
   */
  noLongerAsked: { heading: string; intro: string; version: (version: string) => string };
};

/**
 * The words the outputs print inside answers, in the appendix's language: an impact answer's rating and
 * its usual sub-questions (when the template does not word them), yes / no, and the language of dates.
 * The same words as the form's catalogue (impact.*, common.yes, common.no in src/components/i18n/locales):
 * tests/domain/output-strings.test.ts keeps them equal.
 */
export type AnswerWords = {
  language: Language;
  /** The name of the rating: "Impact: Negative, Neutral". */
  impact: string;
  ratings: Record<ImpactRating, string>;
  why: string;
  mitigation: string;
  yes: string;
  no: string;
  /** Said after a date typed that is not a real one: "31/2/19 (not a real date)". */
  notRealDate: string;
};

export const OUTPUT_STRINGS: Record<Language, OutputStrings> = {
  en: {
    htmlLang: 'en-GB',
    section: (number, title) => `Section ${number}: ${title}`,
    notAnswered: 'Not answered',
    notYetAgreed: 'Not yet agreed',
    untitled: 'Untitled assessment',
    organisation: 'Organisation',
    committee: 'Committee',
    meetingDate: 'Meeting date',
    publicationDetails: 'Publication details',
    status: (words) => `Status: ${words}`,
    statuses: {
      draft: 'Draft',
      'ready-for-review': 'Ready for review',
      returned: 'Returned',
      agreed: 'Agreed',
    },
    revision: (status, revision) => `${status}, revision ${revision}`,
    exported: (date) => `Exported ${formatLongDate(date)}`,
    pageOf: 'Page {page} of {total}',
    draftMark: 'DRAFT',
    draftNotice: 'this assessment has not been agreed.',
    keywords: ['Equality impact assessment', 'EIA', 'Public sector equality duty', 'Equality Act 2010'],
    answers: {
      language: 'en',
      impact: 'Impact',
      ratings: { positive: 'Positive', negative: 'Negative', neutral: 'Neutral', 'not-known': 'Not known' },
      why: 'Why do you think this?',
      mitigation: 'What will you do about the negative impact?',
      yes: 'Yes',
      no: 'No',
      notRealDate: 'not a real date',
    },
    noLongerAsked: {
      heading: 'Answers to questions no longer asked',
      intro:
        'This assessment moved to a newer version of its form. These questions were removed or are now asked in a new way, so their answers are kept here, as they were written.',
      version: (version) => `version ${version}`,
    },
  },
  cy: {
    htmlLang: 'cy',
    section: (number, title) => `Adran ${number}: ${title}`,
    notAnswered: 'Heb ei ateb',
    notYetAgreed: 'Heb ei gytuno eto',
    untitled: 'Asesiad heb deitl',
    organisation: 'Sefydliad',
    committee: 'Pwyllgor',
    meetingDate: 'Dyddiad y cyfarfod',
    publicationDetails: 'Manylion cyhoeddi',
    status: (words) => `Statws: ${words}`,
    statuses: {
      draft: 'Drafft',
      'ready-for-review': 'Yn barod i’w adolygu',
      returned: 'Wedi’i ddychwelyd',
      agreed: 'Wedi’i gytuno',
    },
    revision: (status, revision) => `${status}, diwygiad ${revision}`,
    exported: (date) => `Allforiwyd ${welshLongDate(date)}`,
    pageOf: 'Tudalen {page} o {total}',
    draftMark: 'DRAFFT',
    draftNotice: 'nid yw’r asesiad hwn wedi’i gytuno eto.',
    keywords: [
      'Asesiad effaith cydraddoldeb',
      'AEC',
      'Dyletswydd Cydraddoldeb y Sector Cyhoeddus',
      'Deddf Cydraddoldeb 2010',
    ],
    answers: {
      language: 'cy',
      impact: 'Effaith',
      ratings: {
        positive: 'Cadarnhaol',
        negative: 'Negyddol',
        neutral: 'Niwtral',
        'not-known': 'Ddim yn hysbys',
      },
      why: "Pam ydych chi'n meddwl hyn?",
      mitigation: "Beth fyddwch chi'n ei wneud am yr effaith negyddol?",
      yes: 'Ie',
      no: 'Na',
      notRealDate: 'nid yw’n ddyddiad go iawn',
    },
    noLongerAsked: {
      heading: 'Atebion i gwestiynau nad ydynt yn cael eu gofyn mwyach',
      intro:
        'Symudodd yr asesiad hwn i fersiwn mwy newydd o’i ffurflen. Cafodd y cwestiynau hyn eu dileu neu maen nhw bellach yn cael eu gofyn mewn ffordd newydd, felly mae eu hatebion yn cael eu cadw yma, fel y cawsant eu hysgrifennu.',
      version: (version) => `fersiwn ${version}`,
    },
  },
};

/** "11 Medi 2019" (the date in the exporting user's time zone, as formatLongDate). */
export function welshLongDate(date: Date): string {
  return `${date.getDate()} ${monthName(date.getMonth(), 'cy')} ${date.getFullYear()}`;
}

/** "Page 2 of 5" / "Tudalen 2 o 5". */
export function pageOf(template: string, page: number, total: number): string {
  return template.replace('{page}', String(page)).replace('{total}', String(total));
}
