import { lazy, useState, type ComponentType } from 'react';
import { loadMessageArea } from '@/components/i18n/i18n.ts';
import type { MessageArea } from '@/components/i18n/message-areas.ts';
import { storedTemplatesLearnt } from '@/storage/app-storage.ts';
import { assessmentPage, type AssessmentPage } from './editor-view.ts';

/**
 * Every page is its own chunk, loaded when first visited, so the first screen loads only what it draws
 * (`npm run bench -- bundle` measures it). main.tsx preloads the chunk of the page being opened before the
 * first render: a lazy page that suspends on first render makes React hold the page back for its fallback
 * throttle (~300 ms), which the library bench showed.
 */
type Page<P> = ComponentType<P> & { preload: () => Promise<unknown> };

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): Page<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function LazyPage(props: P) {
    // Chosen once per mount, so a page never remounts (and never loses state) when its chunk arrives.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(LazyPage, { preload });
}

/**
 * A page that reads templates (an assessment, the overview, the designer): it renders once the templates
 * stored in this browser are learnt, as well as its chunk loaded, so an assessment written on one opens.
 */
function lazyTemplatePage<P extends object>(load: () => Promise<ComponentType<P>>): Page<P> {
  return lazyPage(() => Promise.all([load(), storedTemplatesLearnt()]).then(([component]) => component));
}

/**
 * A page whose own messages are a part of the catalogue no other page loads (src/components/i18n/
 * message-areas.ts): it renders once they are loaded too.
 */
function withMessages<P extends object>(
  areas: MessageArea | MessageArea[],
  load: () => Promise<ComponentType<P>>,
): () => Promise<ComponentType<P>> {
  const parts = typeof areas === 'string' ? [areas] : areas;
  return () =>
    Promise.all([load(), ...parts.map((area) => loadMessageArea(area))]).then(([component]) => component);
}

export const LibraryPage = lazyPage(
  withMessages('files', () => import('@/features/library/library-page.tsx').then((m) => m.LibraryPage)),
);
export const BinPage = lazyTemplatePage(
  withMessages('bin', () => import('@/features/bin/bin-page.tsx').then((m) => m.BinPage)),
);
export const AboutPage = lazyPage(() => import('@/features/about/about-page.tsx').then((m) => m.AboutPage));
export const AssessmentRoute = lazyTemplatePage(() =>
  import('./assessment-route.tsx').then((m) => m.AssessmentRoute),
);
export const OverviewRoute = lazyTemplatePage(
  withMessages('overview', () => import('./overview-route.tsx').then((m) => m.OverviewRoute)),
);
export const ChooseTemplatePage = lazyTemplatePage(
  withMessages('files', () =>
    import('@/features/library/choose-template-page.tsx').then((m) => m.ChooseTemplatePage),
  ),
);
function lazyDesignerPage<P extends object>(load: () => Promise<ComponentType<P>>): Page<P> {
  // Template files are imported on the designer's pages and their problems shown.
  return lazyTemplatePage(withMessages(['designer', 'files'], load));
}

export const TemplatesPage = lazyDesignerPage(() =>
  import('@/features/templates/templates-page.tsx').then((m) => m.TemplatesPage),
);
export const CopyTemplatePage = lazyDesignerPage(() =>
  import('@/features/templates/copy-template-page.tsx').then((m) => m.CopyTemplatePage),
);
export const TemplateDraftRoute = lazyDesignerPage(() =>
  import('./template-draft-route.tsx').then((m) => m.TemplateDraftRoute),
);

// The pages of an open assessment other than the form: loaded when first visited, so an assessment opened
// by its address loads the task list and the form only.
export const HistoryPage = lazyTemplatePage(
  withMessages('history', () => import('@/features/history/history-page.tsx').then((m) => m.HistoryPage)),
);
export const PublicationPage = lazyTemplatePage(() =>
  import('@/features/publication/publication-page.tsx').then((m) => m.PublicationPage),
);
export const ReviewPage = lazyTemplatePage(() => import('./review-route.tsx').then((m) => m.ReviewRoute));
export const AgreePage = lazyTemplatePage(
  withMessages('agree', () => import('@/features/review/agree-page.tsx').then((m) => m.AgreePage)),
);

/** "Move to version X" (rarely visited: its plan and tables load on the way to it). */
export const MoveVersionRoute = lazyTemplatePage(
  withMessages('move', () => import('./move-version-route.tsx').then((m) => m.MoveVersionRoute)),
);

const ASSESSMENT_PAGES: Partial<Record<AssessmentPage['kind'], { preload: () => Promise<unknown> }>> = {
  history: HistoryPage,
  publication: PublicationPage,
  review: ReviewPage,
  agree: AgreePage,
  'move-version': MoveVersionRoute,
};

/** The page a hash route shows, to preload before the first render. Unknown routes load nothing. */
export function preloadPageFor(hash: string): Promise<unknown> {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path.startsWith('/?')) return LibraryPage.preload();
  if (path.startsWith('/assessments/')) {
    const rest = path.split('?')[0]!.split('/').slice(3).join('/');
    const opened = assessmentPage(rest);
    const page = ASSESSMENT_PAGES[opened.kind];
    // A section or Check your answers shows the form: its chunk too, and the review's pieces on those pages
    // (the task list loads them on demand).
    const form =
      opened.kind === 'editor' && opened.view.page !== 'tasks'
        ? Promise.all([
            import('@/features/assessment-form/assessment-editor.tsx').then((m) => m.preloadFormPages()),
            import('@/features/review/review-slots.tsx').then((m) => m.preloadReviewParts()),
          ])
        : undefined;
    return Promise.all([AssessmentRoute.preload(), page?.preload(), form]);
  }
  if (path.startsWith('/overview')) return OverviewRoute.preload();
  if (path.startsWith('/bin')) return BinPage.preload();
  if (path.startsWith('/about')) return AboutPage.preload();
  if (path === '/new') return ChooseTemplatePage.preload();
  if (path.startsWith('/templates/copy')) return CopyTemplatePage.preload();
  if (/^\/templates\/[^/]+\/draft/.test(path)) return TemplateDraftRoute.preload();
  if (path.startsWith('/templates')) return TemplatesPage.preload();
  return Promise.resolve();
}
