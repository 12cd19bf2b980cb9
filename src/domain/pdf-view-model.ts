import { isAnswerEmpty, type AnswerKey } from '@schemas/answers.ts';
import { STATUS_LABELS, type Assessment } from '@schemas/assessment.ts';
import type { HelpBlock, Question, TemplateDefinition } from '@schemas/template-definition.ts';
import { UNTITLED } from './assessment-summary.ts';
import { formatDateParts, formatLongDate, parseLongDate } from './long-date.ts';
import { pdfFileName } from './pdf-file-name.ts';

/**
 * The exported PDF appendix as plain data: everything the document shows, worded and ordered, and
 * nothing else. The PDF code (src/pdf) only lays this out; it never reads form state or the template.
 * Pure: the same assessment, template and options always give the same view-model.
 */

export const APP_NAME = 'EIA Builder';

/** Shown instead of an empty answer, so that gaps are visible to the committee. */
export const NOT_COMPLETED = 'Not completed';
/** Shown for "Date EIA agreed" while it is blank (the form says to leave it blank until agreed). */
export const NOT_YET_AGREED = 'Not yet agreed';

/**
 * A piece of an answer: a paragraph (line breaks kept as "\n"), a run of bulleted lines, or a table
 * (a header row and body rows of plain text). Every output (PDF, HTML) renders each kind through its
 * own small registry keyed by `kind` (src/pdf/blocks.tsx, src/html/blocks.ts): a new kind of block is
 * one entry in each. `lang` marks text in another language than the document's (e.g. 'cy', Welsh).
 */
export type PdfBlock =
  | { kind: 'paragraph'; text: string; lang?: string }
  | { kind: 'bullets'; items: string[]; lang?: string }
  | { kind: 'table'; caption: string; columns: string[]; rows: string[][]; lang?: string };

export type PdfBlockKind = PdfBlock['kind'];

export type PdfAnswer = { kind: 'text'; blocks: PdfBlock[] } | { kind: 'missing'; text: string };

export type PdfItem = {
  id: string;
  /** A heading printed before this question, e.g. "Public sector equality duty". */
  heading?: string;
  label: string;
  /** The template's descriptor, e.g. "includes children, young people and older people". */
  descriptor?: string;
  answer: PdfAnswer;
  /** The form's footnote for this question, e.g. where the Welsh Language Scheme is published. */
  note?: string;
  /** The answer's language when it is not the document's (e.g. 'cy' for an answer written in Welsh). */
  lang?: string;
};

export type PdfSection = {
  id: string;
  /** "Section 1: Project / Policy overview": heading and bookmark. */
  heading: string;
  items: PdfItem[];
};

export type PdfAboutBlock = { heading: string; blocks: PdfBlock[] };

export type PdfMetadata = {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  language: 'en-GB';
  creator: string;
  producer: string;
  /** ISO date-time of the export: the PDF's creation date. */
  createdAt: string;
};

export type PdfViewModel = {
  fileName: string;
  metadata: PdfMetadata;
  cover: {
    /** "Appendix B", or '' when the user cleared it. */
    appendixLabel: string;
    title: string;
    formTitle: string;
    /** Organisation, committee and meeting date, only those given. */
    details: Array<{ label: string; value: string }>;
  };
  /** Running header on every page after the first. */
  header: string;
  footer: { status: string; exported: string };
  isDraft: boolean;
  sections: PdfSection[];
  /** "Appendix 2: About this form", when the user asked for it. */
  about: { heading: string; blocks: PdfAboutBlock[] } | null;
  /** The form's licence notice (Open Government Licence attribution). */
  notice: string;
};

/** What to tell the user when the PDF had to print "�" for characters no bundled font has. */
export function unsupportedCharactersMessage(characters: string[]): string {
  const which = characters.length === 1 ? 'a character' : `${characters.length} characters`;
  return `The PDF shows � in place of ${which} it cannot print (${characters.join(' ')}). Everything else is as typed, and the assessment attached inside the PDF keeps every character.`;
}

export type PdfViewModelOptions = { exportedAt: Date; appVersion: string };

export function buildPdfViewModel(
  assessment: Assessment,
  template: TemplateDefinition,
  options: PdfViewModelOptions,
): PdfViewModel {
  const { answers, publication } = assessment;
  const title = answers.projectTitle.trim() || UNTITLED;
  const appendixLabel = publication.appendixLabel.trim();
  const assessor = answers.assessorName.trim();
  const creator = `${APP_NAME} ${options.appVersion}`;
  const exported = formatLongDate(options.exportedAt);

  const details = [
    { label: 'Organisation', value: publication.organisation.trim() },
    { label: 'Committee', value: publication.committee.trim() },
    { label: 'Meeting date', value: publication.meetingDate.trim() },
  ].filter((d) => d.value !== '');

  const statusLabel = STATUS_LABELS[assessment.status];
  const status = assessment.revision > 1 ? `${statusLabel}, revision ${assessment.revision}` : statusLabel;

  const footnotes = new Map(template.footnotes.map((f) => [f.questionId, f.text]));

  return {
    fileName: pdfFileName({
      appendixLabel,
      title,
      date: parseLongDate(publication.meetingDate) ?? options.exportedAt,
    }),
    metadata: {
      title: appendixLabel ? `${appendixLabel}: ${title}` : title,
      author: assessor,
      subject: template.shortTitle,
      keywords: [
        'Equality impact assessment',
        'EIA',
        'Public sector equality duty',
        'Equality Act 2010',
        publication.organisation.trim(),
        publication.committee.trim(),
      ]
        .filter(Boolean)
        .join(', '),
      language: 'en-GB',
      creator,
      producer: creator,
      createdAt: options.exportedAt.toISOString(),
    },
    cover: { appendixLabel, title, formTitle: template.shortTitle, details },
    header: appendixLabel ? `${appendixLabel}: ${title}` : title,
    footer: { status: `Status: ${status}`, exported: `Exported ${exported}` },
    isDraft: assessment.status !== 'agreed',
    sections: template.sections.map((section) => ({
      id: section.id,
      heading: `Section ${section.number}: ${section.title}`,
      items: section.questions.map((question) => buildItem(question, assessment, footnotes.get(question.id))),
    })),
    about: publication.includeAboutThisForm
      ? {
          heading: `Appendix 2: ${template.about.title}`,
          blocks: template.about.blocks.map(aboutBlock),
        }
      : null,
    notice: template.notice,
  };
}

function buildItem(question: Question, assessment: Assessment, note: string | undefined): PdfItem {
  const value = assessment.answers[question.id as AnswerKey];
  let answer: PdfAnswer;
  if (typeof value === 'string') {
    answer = isAnswerEmpty(value)
      ? { kind: 'missing', text: NOT_COMPLETED }
      : { kind: 'text', blocks: parseAnswerBlocks(value) };
  } else {
    answer = isAnswerEmpty(value)
      ? { kind: 'missing', text: NOT_YET_AGREED }
      : { kind: 'text', blocks: [{ kind: 'paragraph', text: formatDateParts(value) }] };
  }
  return {
    id: question.id,
    ...(question.heading ? { heading: question.heading } : {}),
    label: question.label,
    ...(question.descriptor ? { descriptor: question.descriptor } : {}),
    answer,
    ...(note ? { note } : {}),
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

const BULLET = /^[ \t]*[-*•][ \t]+(.*)$/;

/**
 * Splits an answer as typed into blocks: paragraphs at blank lines, line breaks kept inside a
 * paragraph, and lines starting with "-", "*" or "•" (then a space) as bulleted items. An indented
 * line straight after a bullet continues that bullet. Nothing else in the text is changed.
 */
export function parseAnswerBlocks(text: string): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    let paragraph: string[] = [];
    let bullets: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
      paragraph = [];
    };
    const flushBullets = () => {
      if (bullets.length) blocks.push({ kind: 'bullets', items: bullets });
      bullets = [];
    };
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      const bullet = BULLET.exec(line);
      if (bullet) {
        flushParagraph();
        bullets.push(bullet[1] ?? '');
      } else if (bullets.length && /^[ \t]/.test(line)) {
        bullets[bullets.length - 1] += `\n${line.trimStart()}`;
      } else {
        flushBullets();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushBullets();
  }
  return blocks;
}
