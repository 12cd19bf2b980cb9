import { Link } from 'wouter';
import type { AnswerChange, Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import { paths } from '@/components/paths.ts';

/**
 * Answers taken from the other person's file (the record's answerChanges): who changed them and when.
 * `questionId` given: the changes to that one answer, shown beside its field, with the answer each
 * replaced. Without it: every change, each linked to its question, for the review page.
 */
export function AnswerChanges({
  assessment,
  template,
  questionId,
}: {
  assessment: Assessment;
  template: Template;
  questionId?: string;
}) {
  const all = assessment.answerChanges ?? [];
  if (questionId !== undefined) {
    const changes = all.filter((c) => c.questionId === questionId);
    if (changes.length === 0) return null;
    return (
      <div className="app-answer-changes">
        {changes.map((c) => (
          <div key={c.id} className="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-2">
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <strong>Changed by {who(c)}</strong> {when(c)}
            </p>
            <details className="govuk-details govuk-!-margin-bottom-0">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">The answer it replaced</span>
              </summary>
              <div className="govuk-details__text app-comment__body">{c.previous || 'Not answered'}</div>
            </details>
          </div>
        ))}
      </div>
    );
  }
  if (all.length === 0) return null;
  const where = new Map(
    template.sections.flatMap((s) =>
      s.questions.map((q) => [q.id, { sectionId: s.id, label: q.label }] as const),
    ),
  );
  return (
    <section className="app-answer-changes" aria-labelledby="answer-changes-title">
      <h2 className="govuk-heading-m" id="answer-changes-title">
        Answers taken from a returned file
      </h2>
      <p className="govuk-body">
        Answers one person changed in their copy and the other kept when importing it, oldest first. The
        answer each replaced is shown beside its question.
      </p>
      <ul className="govuk-list govuk-list--spaced">
        {all.map((c) => {
          const q = where.get(c.questionId);
          return (
            <li key={c.id}>
              {q ? (
                <Link href={paths.field(assessment.id, q.sectionId, c.questionId)} className="govuk-link">
                  {q.label}
                </Link>
              ) : (
                c.questionId
              )}
              : changed by {who(c)} {when(c)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function who(c: AnswerChange): string {
  const name = c.by || 'the other person';
  return c.role ? `${name} (the ${c.role})` : name;
}

function when(c: AnswerChange): string {
  return `in their copy (last saved ${formatDateTime(c.at)}); kept on ${formatDateTime(c.takenAt)}.`;
}
