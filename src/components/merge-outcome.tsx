import type { MergeResult } from '@/domain/merge.ts';
import { NotificationBanner } from './notification-banner.tsx';

/**
 * What importing a file did to an assessment already in this browser, as a GOV.UK notification banner:
 * what the file brought (status, answers kept from it, comments, replies).
 */
export function MergeOutcome({
  result,
  fileName,
}: {
  result: Extract<MergeResult, { kind: 'merged' }>;
  fileName: string;
}) {
  return (
    <NotificationBanner
      variant="success"
      title="Imported"
      heading={
        result.changes.length === 0
          ? `“${fileName}” had nothing that was not already here.`
          : `“${fileName}” was added to the assessment already in this browser. Nothing was lost.`
      }
    >
      {result.changes.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {result.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      )}
    </NotificationBanner>
  );
}
