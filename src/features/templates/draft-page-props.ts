import type { DesignerAction, DesignerHistory } from '@/domain/designer/designer-history.ts';
import type { SaveStatusStore } from '@/storage/draft-holder.ts';

/** What every page of the draft editor is given (src/app keeps one draft open across its pages). */
export type DraftPageProps = {
  templateId: string;
  history: DesignerHistory;
  dispatch: (action: DesignerAction) => void;
  saveStatus: SaveStatusStore;
};
