import { isAnswerEmpty, type AnswerKey, type DateParts } from '@schemas/answers.ts';
import { STATUS_LABELS, type Assessment } from '@schemas/assessment.ts';
import { parseDateParts } from '@schemas/dates.ts';
import type { HelpBlock, Question, TemplateDefinition } from '@schemas/template-definition.ts';
import { UNTITLED } from './assessment-summary.ts';

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

/** A piece of an answer: a paragraph (line breaks kept as "\n") or a run of bulleted lines. */
export type PdfBlock = { kind: 'paragraph'; text: string } | { kind: 'bullets'; items: string[] };

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "11 September 2019" (the date in the exporting user's time zone). */
export function formatLongDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** A real date as "11 September 2019"; anything else exactly as typed, parts separated by "/". */
function formatDateParts(parts: DateParts): string {
  const date = parseDateParts(parts);
  if (date) return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return [parts.day, parts.month, parts.year].map((p) => p.trim()).join('/');
}

/**
 * Reads a meeting date typed as "11 September 2019", "11 Sept 2019", "11/09/2019" or "2019-09-11".
 * Returns null for anything else (the file name then uses the export date).
 */
export function parseLongDate(text: string): Date | null {
  const t = text.trim();
  let day: number, month: number, year: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)))
    [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(t))) {
    const name = (m[2] ?? '').toLowerCase();
    const index = MONTHS.findIndex((full) => {
      const f = full.toLowerCase();
      return name === f || name === f.slice(0, 3) || (f === 'september' && name === 'sept');
    });
    if (index < 0) return null;
    [day, month, year] = [Number(m[1]), index + 1, Number(m[3])];
  } else return null;
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** "appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf" */
export function pdfFileName(parts: { appendixLabel: string; title: string; date: Date }): string {
  const title = slug(parts.title, 80) || 'untitled-assessment';
  const words = [
    slug(parts.appendixLabel, 30),
    title,
    /(^|-)eia(-|$)/.test(title) ? '' : 'eia',
    isoDay(parts.date),
  ];
  return `${words.filter(Boolean).join('-')}.pdf`;
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Lower-case ASCII words joined by "-": accents dropped (ŵ → w), everything else a separator. */
function slug(text: string, max: number): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[œŒ]/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  // Cut at a word boundary when there is one.
  return s[max] === '-' || !cut.includes('-') ? cut.replace(/-+$/, '') : cut.replace(/-[^-]*$/, '');
}
