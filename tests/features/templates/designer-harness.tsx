import { act, render } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { startHistory, type DesignerHistory } from '@/domain/designer/designer-history.ts';
import { createDesignerDraft } from '@/storage/designer-draft.ts';
import { DraftOverviewPage } from '@/features/templates/draft-overview-page.tsx';
import { DraftSectionPage } from '@/features/templates/draft-section-page.tsx';
import type { SaveStatusStore } from '@/storage/draft-holder.ts';

const IDLE = { state: 'idle' } as const;
const idle: SaveStatusStore = { getStatus: () => IDLE, subscribe: () => () => undefined };

/** A draft page on an in-memory draft (the draft store the app uses; no storage). `latest()` reads its state. */
export function renderDraftPage(definition: TemplateDefinition, page: { sectionId?: string } = {}) {
  const draft = createDesignerDraft(startHistory(definition));
  function Harness() {
    const props = { templateId: definition.id, draft, saveStatus: idle };
    return page.sectionId ? (
      <DraftSectionPage {...props} sectionId={page.sectionId} />
    ) : (
      <DraftOverviewPage {...props} />
    );
  }
  const { hook } = memoryLocation({ path: '/' });
  const view = render(
    <Router hook={hook}>
      <Harness />
    </Router>,
  );
  return {
    ...view,
    latest: (): DesignerHistory => draft.getHistory(),
    flush: () => act(() => Promise.resolve()),
  };
}
