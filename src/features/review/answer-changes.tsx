import { Link } from 'wouter';
import type { AnswerChange, Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import { paths } from '@/components/paths.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { t as translate } from '@/components/i18n/i18n.ts';

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
  const t = useT();
  if (questionId !== undefined) {
    const changes = all.filter((c) => c.questionId === questionId);
    if (changes.length === 0) return null;
    return (
      <div className="app-answer-changes">
        {changes.map((c) => (
          <div key={c.id} className="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-2">
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              <strong>{t('changes.changedBy', { who: who(c) })}</strong> {when(c)}
            </p>
            <details className="govuk-details govuk-!-margin-bottom-0">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">{t('changes.replaced')}</span>
              </summary>
              <div className="govuk-details__text app-comment__body">
                {c.previous || t('form.notAnswered')}
              </div>
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
        {t('changes.title')}
      </h2>
      <p className="govuk-body">{t('changes.intro')}</p>
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
              : {t('changes.changedByLower', { who: who(c) })} {when(c)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function who(c: AnswerChange): string {
  const name = c.by || translate('changes.otherPerson');
  return c.role ? translate('changes.whoWithRole', { name, role: translate(`role.${c.role}`) }) : name;
}

function when(c: AnswerChange): string {
  return translate('changes.when', { saved: formatDateTime(c.at), kept: formatDateTime(c.takenAt) });
}
