import type { DesignerDraft } from '@/storage/designer-draft.ts';
import type { SaveStatusStore } from '@/storage/draft-holder.ts';

/**
 * What every page of the draft editor is given (src/app keeps one draft open across its pages). Each
 * page subscribes to the part of the draft it shows (use-draft.ts).
 */
export type DraftPageProps = {
  templateId: string;
  draft: DesignerDraft;
  saveStatus: SaveStatusStore;
};
