import { OverviewPage } from '@/features/overview/overview-page.tsx';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { useLive } from '@/storage/use-live.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/** IndexedDB counts are unsigned 32-bit: larger limits throw. */
const ALL = 2 ** 32 - 1;

/** The EDI manager's overview: every stored summary row (never the answers), live across tabs. */
export function OverviewRoute() {
  const { repository } = useAppStorage();
  const t = useT();
  const { value, error } = useLive(() => repository.listSummaries({ limit: ALL }), [repository]);
  if (error) {
    return (
      <>
        <h1 className="govuk-heading-l">{t('overview.couldNotShow')}</h1>
        <p className="govuk-body">{t('overview.couldNotRead')}</p>
      </>
    );
  }
  if (!value) {
    return (
      <p className="govuk-body" role="status">
        {t('overview.loading')}
      </p>
    );
  }
  return <OverviewPage summaries={value.rows} loadAssessments={() => repository.all()} />;
}
