import { type AssessmentStatus } from '@schemas/assessment.ts';
import { useT } from '@/components/i18n/use-locale.ts';

const COLOURS: Record<AssessmentStatus, string> = {
  draft: 'govuk-tag--grey',
  'ready-for-review': 'govuk-tag--blue',
  returned: 'govuk-tag--orange',
  agreed: 'govuk-tag--green',
};

/** An assessment's status as a GOV.UK tag. */
export function StatusTag({ status }: { status: AssessmentStatus }) {
  const t = useT();
  return <strong className={`govuk-tag ${COLOURS[status]}`}>{t(`status.${status}`)}</strong>;
}
