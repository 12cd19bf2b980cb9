import { OverviewPage } from '@/features/overview/overview-page.tsx';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { useLive } from '@/storage/use-live.ts';

/** IndexedDB counts are unsigned 32-bit: larger limits throw. */
const ALL = 2 ** 32 - 1;

/** The EDI manager's overview: every stored summary row (never the answers), live across tabs. */
export function OverviewRoute() {
  const { repository } = useAppStorage();
  const { value, error } = useLive(() => repository.listSummaries({ limit: ALL }), [repository]);
  if (error) {
    return (
      <>
        <h1 className="govuk-heading-l">Sorry, the overview could not be shown</h1>
        <p className="govuk-body">
          Your assessments could not be read from this browser’s storage. Reload the page to try again.
        </p>
      </>
    );
  }
  if (!value) {
    return (
      <p className="govuk-body" role="status">
        Loading the overview…
      </p>
    );
  }
  return <OverviewPage summaries={value.rows} loadAssessments={() => repository.all()} />;
}
