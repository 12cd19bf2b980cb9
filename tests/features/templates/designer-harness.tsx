import { act, render } from '@testing-library/react';
import { useReducer } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { designerReducer, startHistory, type DesignerHistory } from '@/domain/designer/designer-history.ts';
import { DraftOverviewPage } from '@/features/templates/draft-overview-page.tsx';
import { DraftSectionPage } from '@/features/templates/draft-section-page.tsx';
import type { SaveStatusStore } from '@/storage/draft-holder.ts';

const IDLE = { state: 'idle' } as const;
const idle: SaveStatusStore = { getStatus: () => IDLE, subscribe: () => () => undefined };

/** A draft page on an in-memory draft (the reducer the app uses; no storage). `latest()` reads its state. */
export function renderDraftPage(definition: TemplateDefinition, page: { sectionId?: string } = {}) {
  let latest: DesignerHistory = startHistory(definition);
  function Harness() {
    const [history, dispatch] = useReducer(designerReducer, latest);
    latest = history;
    const props = { templateId: definition.id, history, dispatch, saveStatus: idle };
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
  return { ...view, latest: () => latest, flush: () => act(() => Promise.resolve()) };
}
