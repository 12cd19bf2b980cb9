import { STATUS_LABELS, type AssessmentStatus } from '@schemas/assessment.ts';

const COLOURS: Record<AssessmentStatus, string> = {
  draft: 'govuk-tag--grey',
  'ready-for-review': 'govuk-tag--blue',
  returned: 'govuk-tag--orange',
  agreed: 'govuk-tag--green',
};

/** An assessment's status as a GOV.UK tag. */
export function StatusTag({ status }: { status: AssessmentStatus }) {
  return <strong className={`govuk-tag ${COLOURS[status]}`}>{STATUS_LABELS[status]}</strong>;
}
