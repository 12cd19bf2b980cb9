import { answerOf, isAnswerEmpty } from '@schemas/answers.ts';
import type { Assessment, NoLongerAsked } from '@schemas/assessment.ts';
import { textIn, type Language, type LocalText } from '@schemas/local-text.ts';
import type { HelpBlock, Question, Template } from '@schemas/template-definition.ts';
import { assessmentAssessor, assessmentTitle } from './assessment-roles.ts';
import { outputKindOf } from './kinds/index.ts';
import type { PdfAnswer } from './kinds/output-kind.ts';
import { parseLongDate } from './long-date.ts';
import { OUTPUT_STRINGS, type OutputStrings } from './output-strings.ts';
import { pdfFileName } from './pdf-file-name.ts';

/**
 * The exported PDF appendix as plain data: everything the document shows, worded and ordered, and
 * nothing else. The PDF code (src/pdf) only lays this out; it never reads form state or the template.
 * Pure: the same assessment, template and options always give the same view-model.
 */

export const APP_NAME = 'EIA Builder';

/** Shown for "Date EIA agreed" while it is blank (the form says to leave it blank until agreed). */
export const NOT_YET_AGREED = 'Not yet agreed';

import { parseAnswerBlocks, type PdfBlock } from './answer-blocks.ts';
export { parseAnswerBlocks, type PdfBlock, type PdfBlockKind } from './answer-blocks.ts';
export type { PdfAnswer, PdfAnswerPart } from './kinds/output-kind.ts';

export type PdfItem = {
  id: string;
  /** A heading printed before this question, e.g. "Public sector equality duty". */
  heading?: string;
  /** The paragraph under that heading, when the template prints it ("Below, explain how the action plan…"). */
  headingText?: string;
  label: string;
  /** The template's descriptor, e.g. "includes children, young people and older people". */
  descriptor?: string;
  answer: PdfAnswer;
  /** The form's footnote for this question, e.g. where the Welsh Language Scheme is published. */
  note?: string;
  /** The answer's language when it is not the document's (e.g. 'cy' for an answer written in Welsh). */
  lang?: string;
  /** The label's language when it is not the document's (an old question with no Welsh wording). */
  labelLang?: string;
};

export type PdfSection = {
  id: string;
  /** "Section 1: Project / Policy overview": heading and bookmark. */
  heading: string;
  /** The section's guidance paragraphs the template prints (e.g. "Lack of data should not prevent…"). */
  intro: string[];
  items: PdfItem[];
};

export type PdfAboutBlock = { heading: string; blocks: PdfBlock[] };

export type PdfMetadata = {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** The document language: 'en-GB' or 'cy'. */
  language: string;
  creator: string;
  producer: string;
  /** ISO date-time of the export: the PDF's creation date. */
  createdAt: string;
};

export type PdfViewModel = {
  fileName: string;
  /** The language of the template's wording and of the appendix's own words in this view-model. */
  language: Language;
  /** The appendix's own words the layout places: "Page {page} of {total}", the DRAFT mark and notice. */
  furniture: { pageOf: string; draftMark: string; draftNotice: string; publicationDetails: string };
  metadata: PdfMetadata;
  cover: {
    /** "Appendix B", or '' when the user cleared it. */
    appendixLabel: string;
    title: string;
    /** The form's full title, e.g. "Equality, Diversity and Inclusion Impact Assessment (EIA)". */
    formTitle: string;
    /** Organisation, committee and meeting date, only those given. */
    details: Array<{ label: string; value: string }>;
  };
  /** Running header on every page after the first. */
  header: string;
  footer: { status: string; exported: string };
  isDraft: boolean;
  sections: PdfSection[];
  /**
   * "Answers to questions no longer asked": answers kept when the assessment moved to a newer version of
   * its form, each under its old question (its section and version as the descriptor), printed after the
   * last section; null when there are none.
   */
  noLongerAsked: PdfSection | null;
  /**
   * The form's own guidance ("About this form"), when the user asked for it: a section at the end of this
   * appendix, under the form's title for it. Not "Appendix 2: …", the Word form's number for these pages,
   * which names nothing in the committee paper the appendix is printed in.
   */
  about: { heading: string; blocks: PdfAboutBlock[] } | null;
  /** The form's licence notice (Open Government Licence attribution). */
  notice: string;
};

export { unsupportedCharactersMessage } from './unsupported-characters.ts';

export type PdfViewModelOptions = { exportedAt: Date; appVersion: string };

export function buildPdfViewModel(
  assessment: Assessment,
  template: Template,
  options: PdfViewModelOptions,
): PdfViewModel {
  const { publication } = assessment;
  const words: OutputStrings = OUTPUT_STRINGS[template.language];
  const title = assessmentTitle(assessment, template) || words.untitled;
  const appendixLabel = publication.appendixLabel.trim();
  const assessor = assessmentAssessor(assessment, template);
  const creator = `${APP_NAME} ${options.appVersion}`;

  const details = [
    { label: words.organisation, value: publication.organisation.trim() },
    { label: words.committee, value: publication.committee.trim() },
    { label: words.meetingDate, value: publication.meetingDate.trim() },
  ].filter((d) => d.value !== '');

  const statusLabel = words.statuses[assessment.status];
  const status = assessment.revision > 1 ? words.revision(statusLabel, assessment.revision) : statusLabel;

  const footnotes = new Map(template.footnotes.map((f) => [f.questionId, f.text]));

  return {
    fileName: pdfFileName({
      appendixLabel,
      title,
      date: parseLongDate(publication.meetingDate) ?? options.exportedAt,
    }),
    language: template.language,
    furniture: {
      pageOf: words.pageOf,
      draftMark: words.draftMark,
      draftNotice: words.draftNotice,
      publicationDetails: words.publicationDetails,
    },
    metadata: {
      title: appendixLabel ? `${appendixLabel}: ${title}` : title,
      author: assessor,
      subject: template.shortTitle,
      keywords: [...words.keywords, publication.organisation.trim(), publication.committee.trim()]
        .filter(Boolean)
        .join(', '),
      language: words.htmlLang,
      creator,
      producer: creator,
      createdAt: options.exportedAt.toISOString(),
    },
    cover: { appendixLabel, title, formTitle: template.title, details },
    header: appendixLabel ? `${appendixLabel}: ${title}` : title,
    footer: { status: words.status(status), exported: words.exported(options.exportedAt) },
    isDraft: assessment.status !== 'agreed',
    sections: template.sections.map((section) => ({
      id: section.id,
      heading: words.section(section.number, section.title),
      intro: section.guidance.filter((p) => p.printed).map((p) => p.text),
      items: section.questions.map((question) =>
        buildItem(question, assessment, footnotes.get(question.id), words),
      ),
    })),
    noLongerAsked: noLongerAskedSection(assessment.noLongerAsked, template.language, words),
    about: publication.includeAboutThisForm
      ? {
          heading: template.about.title,
          blocks: template.about.blocks.map(aboutBlock),
        }
      : null,
    notice: template.notice,
  };
}

function buildItem(
  question: Question,
  assessment: Assessment,
  note: string | undefined,
  words: OutputStrings,
): PdfItem {
  const answer: PdfAnswer = isAnswerEmpty(question, assessment.answers)
    ? { kind: 'missing', text: question.role === 'date-agreed' ? words.notYetAgreed : words.notAnswered }
    : outputKindOf(question).output(question, answerOf(question, assessment.answers), words.answers);
  return {
    id: question.id,
    ...(question.heading ? { heading: question.heading } : {}),
    ...(question.heading && question.headingGuidance?.printed
      ? { headingText: question.headingGuidance.text }
      : {}),
    label: question.label,
    ...(question.descriptor ? { descriptor: question.descriptor } : {}),
    answer,
    ...(note ? { note } : {}),
  };
}

function noLongerAskedSection(
  kept: readonly NoLongerAsked[],
  language: Language,
  words: OutputStrings,
): PdfSection | null {
  if (kept.length === 0) return null;
  const inWords = (text: LocalText) => textIn(text, language);
  const otherLanguage = (text: LocalText) =>
    language !== 'en' && inWords(text) === text.en ? { labelLang: OUTPUT_STRINGS.en.htmlLang } : {};
  return {
    id: 'no-longer-asked',
    heading: words.noLongerAsked.heading,
    intro: [words.noLongerAsked.intro],
    items: kept.map((item, i) => ({
      id: `no-longer-asked-${i + 1}`,
      label: inWords(item.label),
      ...otherLanguage(item.label),
      descriptor: [
        item.sectionTitle ? inWords(item.sectionTitle) : '',
        words.noLongerAsked.version(item.templateVersion),
      ]
        .filter(Boolean)
        .join(', '),
      answer:
        item.text.trim() === ''
          ? { kind: 'missing', text: words.notAnswered }
          : { kind: 'text', blocks: parseAnswerBlocks(item.text) },
    })),
  };
}

function aboutBlock(block: HelpBlock): PdfAboutBlock {
  const paragraphs = (texts: string[] | undefined): PdfBlock[] =>
    (texts ?? []).map((text) => ({ kind: 'paragraph', text }));
  return {
    heading: block.heading,
    blocks: [
      ...paragraphs(block.paragraphs),
      ...(block.bullets?.length ? [{ kind: 'bullets' as const, items: block.bullets }] : []),
      ...paragraphs(block.after),
    ],
  };
}
