import { DraftNoticeBanner } from './draft-notice-banner.tsx';
import { ReadOnlyBanner } from './read-only-banner.tsx';
import { ReloadBanner } from './reload-banner.tsx';
import { SaveConflictBanner } from './save-conflict-banner.tsx';
import { SaveFailureBanner } from './save-failure-banner.tsx';
import { type AssessmentDraft } from '@/storage/use-assessment-draft.ts';

/** Every banner an open assessment may need, in order of urgency. Put it at the top of the editor. */
export function DraftBanners({ draft }: { draft: AssessmentDraft }) {
  return (
    <>
      <ReloadBanner connection={draft.connection} />
      <SaveConflictBanner
        status={draft.saveStatus}
        onResolve={draft.resolveConflict}
        onDownload={draft.downloadBackup}
      />
      <SaveFailureBanner
        status={draft.saveStatus}
        onDownload={draft.downloadBackup}
        onRetry={draft.retrySave}
      />
      <ReadOnlyBanner
        reason={draft.readOnlyReason}
        canTakeOver={draft.canTakeOver}
        onTakeOver={draft.takeOver}
      />
      <DraftNoticeBanner notice={draft.notice} onDismiss={draft.dismissNotice} />
    </>
  );
}
