import { answerOf, isAnswerEmpty } from '@schemas/answers.ts';
import { type Assessment } from '@schemas/assessment.ts';
import { currentTemplate, templateOf } from '@schemas/templates/index.ts';
import { NoLongerAskedList } from '@/components/no-longer-asked-list.tsx';
import { outputKindOf } from '@/domain/kinds/index.ts';

/** The answers of one kept version, question by question (empty answers left out). */
export function SnapshotAnswers({ assessment }: { assessment: Assessment }) {
  const template = templateOf(assessment) ?? currentTemplate;
  const rows = template.sections.flatMap((section) =>
    section.questions
      .filter((q) => !isAnswerEmpty(q, assessment.answers))
      .map((q) => ({
        id: q.id,
        label: `${section.number}. ${q.label}`,
        text: outputKindOf(q).displayText(q, answerOf(q, assessment.answers)),
      })),
  );
  const kept = <NoLongerAskedList items={assessment.noLongerAsked} headingLevel={4} />;
  if (rows.length === 0) {
    return (
      <>
        <p className="govuk-body">No questions were answered in this version.</p>
        {kept}
      </>
    );
  }
  return (
    <>
      <dl className="govuk-summary-list">
        {rows.map((row) => (
          <div key={row.id} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{row.label}</dt>
            <dd className="govuk-summary-list__value" style={{ whiteSpace: 'pre-wrap' }}>
              {row.text}
            </dd>
          </div>
        ))}
      </dl>
      {kept}
    </>
  );
}
