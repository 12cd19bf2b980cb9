import type { MergeResult } from '@/domain/merge.ts';
import { NotificationBanner } from './notification-banner.tsx';

/**
 * What importing a file did to an assessment already in this browser, as a GOV.UK notification banner:
 * what the file brought (comments, replies, status), or, after a conflict, that both copies were kept
 * and why. `copyTitle` names the copy made from the file.
 */
export function MergeOutcome({
  result,
  fileName,
  copyTitle,
}: {
  result: MergeResult;
  fileName: string;
  copyTitle?: string;
}) {
  const changes =
    result.changes.length > 0 ? (
      <ul className="govuk-list govuk-list--bullet">
        {result.changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    ) : null;
  if (result.kind === 'merged') {
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
        {changes}
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner variant="alert" title="Both copies kept" heading={result.reason}>
      <p className="govuk-body">
        So that no one’s answers are lost, the assessment in this browser is unchanged and the one in “
        {fileName}” was saved as a separate copy{copyTitle ? ` (“${copyTitle}”)` : ''}. Both have every
        comment from both sides. Compare them, copy what you need into one, and move the other to the bin.
      </p>
      {changes}
    </NotificationBanner>
  );
}
