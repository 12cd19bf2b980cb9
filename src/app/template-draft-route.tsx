import { useT } from '@/components/i18n/use-locale.ts';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { preloadFormPages } from '@/features/assessment-form/assessment-editor.tsx';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import type { DesignerHistory } from '@/domain/designer/designer-history.ts';
import { useDesignerName } from '@/features/templates/designer-name.ts';
import { DraftOverviewPage } from '@/features/templates/draft-overview-page.tsx';
import { DraftSectionPage } from '@/features/templates/draft-section-page.tsx';
import { PublishPage } from '@/features/templates/publish-page.tsx';
import { useDraftDefinition } from '@/features/templates/use-draft.ts';
import type { DesignerDraft } from '@/storage/designer-draft.ts';
import { useDraftEditing, useTemplateDraft } from '@/storage/use-template-draft.ts';
import { NotFound } from './not-found.tsx';
import { draftPreview, TemplatePreview } from './template-preview.tsx';

/**
 * One template draft open in the designer. The draft (and its undo history) stays loaded while the EDI
 * manager moves between its pages: the template's sections, each section, the preview and publishing.
 * `rest` is what follows `/templates/:id/draft/`.
 */
export function TemplateDraftRoute({ templateId, rest }: { templateId: string; rest: string | undefined }) {
  const t = useT();
  const draft = useTemplateDraft(templateId);
  if (draft.state === 'loading') {
    return (
      <p className="govuk-body" role="status">
        {t('designer.route.opening')}
      </p>
    );
  }
  if (draft.state === 'error') return <NoDraft message={t('designer.route.error', { error: draft.error })} />;
  if (draft.state === 'missing') return <NoDraft message={t('designer.route.missing')} />;
  return (
    <OpenDraft
      key={templateId}
      templateId={templateId}
      initial={draft.history}
      basedOn={draft.basedOn}
      rest={rest}
    />
  );
}

function OpenDraft({
  templateId,
  initial,
  basedOn,
  rest,
}: {
  templateId: string;
  initial: DesignerHistory;
  basedOn: string | null;
  rest: string | undefined;
}) {
  const by = useDesignerName();
  // The draft store: this component does not re-render on edits; each page subscribes to what it shows.
  const { draft, saveStatus, flush } = useDraftEditing(initial, by);
  // The preview is the assessment form itself: its pages' code loads while the draft is edited (when the
  // browser is idle), so the first opening of the preview builds the form and does not wait for it.
  useEffect(() => whenIdle(() => void preloadFormPages().catch(() => undefined)), []);
  // And the preview's sample of the draft as it stands is made a moment after the last edit, when the
  // browser is idle, so that opening the preview only renders the form (a 150-question draft: 10-20 ms).
  useEffect(() => {
    let cancel = () => {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    const prepare = () => {
      cancel();
      clearTimeout(timer);
      timer = setTimeout(() => {
        cancel = whenIdle(() => void draftPreview(draft.getHistory().definition));
      }, PREPARE_PREVIEW_AFTER_MS);
    };
    prepare();
    const unsubscribe = draft.subscribe(prepare);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      cancel();
    };
  }, [draft]);
  const parts = (rest ?? '').split('/').filter(Boolean).map(decodeURIComponent);
  const props = { templateId, draft, saveStatus };
  if (parts.length === 0) return <DraftOverviewPage {...props} />;
  if (parts[0] === 'sections' && parts[1] && parts.length === 2)
    return <DraftSectionPage {...props} sectionId={parts[1]} />;
  if (parts[0] === 'preview')
    return <PreviewOfDraft templateId={templateId} draft={draft} rest={parts.slice(1)} />;
  if (parts[0] === 'publish' && parts.length === 1)
    return <PublishPage {...props} basedOn={basedOn} flush={flush} />;
  return <NotFound />;
}

/** Quiet time after an edit before the preview's sample is made: typing on does not make one per key. */
const PREPARE_PREVIEW_AFTER_MS = 150;

/** Runs `task` when the browser is idle (soon after, where it cannot tell); returns how to cancel it. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

function PreviewOfDraft({
  templateId,
  draft,
  rest,
}: {
  templateId: string;
  draft: DesignerDraft;
  rest: string[];
}) {
  const definition = useDraftDefinition(draft);
  return <TemplatePreview templateId={templateId} definition={definition} rest={rest} />;
}

function NoDraft({ message }: { message: string }) {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('designer.route.notFound') }));
  return (
    <>
      <h1 className="govuk-heading-l">{t('designer.route.notFound')}</h1>
      <p className="govuk-body">{message}</p>
      <p className="govuk-body">
        <Link href={paths.templates()} className="govuk-link">
          {t('designer.route.toTemplates')}
        </Link>
      </p>
    </>
  );
}
