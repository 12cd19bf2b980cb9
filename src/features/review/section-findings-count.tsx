import { type FindingCounts } from '@/domain/findings/index.ts';
import { describeCountsIn } from '@/components/i18n/finding-text.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/** "2 missing, 3 to look at" for a section: beside its task-list row and under its heading. */
export function SectionFindingsCount({
  counts,
  openComments = 0,
}: {
  counts: FindingCounts;
  openComments?: number;
}) {
  const t = useT();
  const parts = [describeCountsIn(counts)];
  if (openComments > 0) parts.push(t('findings.openComments', { count: openComments }));
  const text = parts.filter(Boolean).join(', ');
  if (!text) return null;
  return (
    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-1 app-section-findings">
      {text}
    </span>
  );
}
