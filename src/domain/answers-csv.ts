import { answerOf, isAnswerEmpty } from '@schemas/answers.ts';
import { STATUS_LABELS, type Assessment, type NoLongerAsked } from '@schemas/assessment.ts';
import { textIn } from '@schemas/local-text.ts';
import type { Template } from '@schemas/template-definition.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { assessmentTitle } from './assessment-roles.ts';
import { UNTITLED } from './assessment-summary.ts';
import { outputKindOf } from './kinds/index.ts';
import { csvDateTime, csvDocument, csvLine } from './overview-csv.ts';

/**
 * Every answer as a CSV for a spreadsheet, in the two shapes a spreadsheet user filters (issue 9 item 6),
 * beside the overview CSV (overview-csv.ts, unchanged):
 *
 * - wide: one row per assessment and a column per question, for ONE template version (its questions are
 *   the columns), so each question can be filtered and sorted as a column;
 * - long: one row per answer (assessment, template, version, section, question, answer), for assessments
 *   on any templates together, so a filter on "Question" shows one question across every assessment.
 *
 * Each answer is the kind's CSV cell (src/domain/kinds); an empty answer is an empty cell. Both list the
 * answers to questions no longer asked (never left out): the long format as rows of their own, the wide
 * one as a column per old question. Same file conventions as the
 * overview CSV: UTF-8 with BOM, CRLF, every field quoted, formula-looking text made harmless.
 */

export const NO_LONGER_ASKED_SECTION = 'Answers to questions no longer asked';

const ASSESSMENT_COLUMNS = ['Assessment', 'Assessment ID', 'Status', 'Revision', 'Last edited'];

function assessmentFields(assessment: Assessment, template: Template | undefined): Array<string | number> {
  const title = (template && assessmentTitle(assessment, template)) || UNTITLED;
  return [
    title,
    assessment.id,
    STATUS_LABELS[assessment.status],
    assessment.revision,
    csvDateTime(assessment.updatedAt),
  ];
}

/** The template versions among `assessments`, with how many are on each (for choosing the wide CSV's form). */
export function templatesUsed(
  assessments: readonly Assessment[],
): Array<{ id: string; version: string; count: number }> {
  const counts = new Map<string, { id: string; version: string; count: number }>();
  for (const a of assessments) {
    const key = `${a.templateId}@${a.templateVersion}`;
    const entry = counts.get(key) ?? { id: a.templateId, version: a.templateVersion, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/**
 * One row per assessment on `template` (others are left out), a column per question of the template, then
 * a column per question no longer asked that any of these assessments kept an answer to ("No longer asked:
 * <old question> (version <v>)", one per old question and version, in the order first met), so the kept
 * answers are never left out and each can be filtered as a column. None when nothing was kept.
 */
export function answersWideCsv(assessments: readonly Assessment[], template: Template): string {
  const questions = template.sections.flatMap((section) =>
    section.questions.map((question) => ({ section, question })),
  );
  const on = assessments.filter(
    (a) => a.templateId === template.id && a.templateVersion === template.version,
  );
  const keptColumns = new Map<string, string>();
  for (const kept of on.flatMap((a) => a.noLongerAsked)) {
    const key = keptKey(kept);
    if (!keptColumns.has(key)) {
      keptColumns.set(key, `No longer asked: ${textIn(kept.label, 'en')} (version ${kept.templateVersion})`);
    }
  }
  const header = [
    ...ASSESSMENT_COLUMNS,
    ...questions.map(({ section, question }) => `${section.number}. ${question.label}`),
    ...keptColumns.values(),
  ];
  const lines = [csvLine(header)];
  for (const assessment of on) {
    lines.push(
      csvLine([
        ...assessmentFields(assessment, template),
        ...questions.map(({ question }) =>
          isAnswerEmpty(question, assessment.answers)
            ? ''
            : outputKindOf(question).csvCell(question, answerOf(question, assessment.answers)),
        ),
        ...[...keptColumns.keys()].map((key) =>
          assessment.noLongerAsked
            .filter((kept) => keptKey(kept) === key)
            .map((kept) => kept.text)
            .join('\n\n'),
        ),
      ]),
    );
  }
  return csvDocument(lines);
}

/** One column per old question and the version it was asked on. */
function keptKey(kept: NoLongerAsked): string {
  return JSON.stringify([kept.questionId, kept.templateVersion]);
}

/** How many of `assessments` the wide CSV of `template` holds. */
export function countOnTemplate(
  assessments: readonly Assessment[],
  template: Pick<Template, 'id' | 'version'>,
) {
  return assessments.filter((a) => a.templateId === template.id && a.templateVersion === template.version)
    .length;
}

/** One row per answer (every question of each assessment's template, empty or not, then any kept answers). */
export function answersLongCsv(assessments: readonly Assessment[]): string {
  const header = [
    ...ASSESSMENT_COLUMNS,
    'Form',
    'Form version',
    'Section',
    'Question ID',
    'Question',
    'Answer',
  ];
  const lines = [csvLine(header)];
  for (const assessment of assessments) {
    const template = findTemplate(assessment.templateId, assessment.templateVersion);
    const fields = assessmentFields(assessment, template);
    const form = template?.shortTitle ?? assessment.templateId;
    const row = (section: string, id: string, question: string, answer: string) =>
      csvLine([...fields, form, assessment.templateVersion, section, id, question, answer]);
    if (template) {
      for (const section of template.sections) {
        for (const question of section.questions) {
          const answer = isAnswerEmpty(question, assessment.answers)
            ? ''
            : outputKindOf(question).csvCell(question, answerOf(question, assessment.answers));
          lines.push(row(`${section.number}. ${section.title}`, question.id, question.label, answer));
        }
      }
    } else {
      // A form this app does not know (never expected: importing teaches it): every stored answer as it is.
      for (const [id, value] of Object.entries(assessment.answers)) {
        lines.push(row('', id, id, typeof value === 'string' ? value : JSON.stringify(value)));
      }
    }
    for (const kept of assessment.noLongerAsked) {
      lines.push(
        row(
          NO_LONGER_ASKED_SECTION,
          kept.questionId,
          `${textIn(kept.label, 'en')} (version ${kept.templateVersion})`,
          kept.text,
        ),
      );
    }
  }
  return csvDocument(lines);
}

export function answersCsvFileName(
  shape: 'wide' | 'long',
  now: Date,
  template?: Pick<Template, 'id' | 'version'>,
) {
  const day = csvDateTime(now.toISOString()).slice(0, 10);
  return shape === 'wide' && template
    ? `eia-answers-${template.id}-${template.version}-${day}.csv`
    : `eia-answers-${day}.csv`;
}
