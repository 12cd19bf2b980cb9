import { templateOf } from '@schemas/templates/index.ts';
import { lazy, Suspense, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import type { AssessmentEditorProps, EditorPageProps, EditorSlots } from './editor-types.ts';
import type { FormPagesProps } from './form-pages.tsx';
import { createLiveAnswers } from './live-answers.ts';
import { TaskListPage } from './task-list-page.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

export type { AssessmentEditorProps, EditorSlots, EditorView } from './editor-types.ts';

const NO_SLOTS: EditorSlots = {};

/**
 * The pages with the form (form-pages.tsx: react-hook-form, the section page and its fields), a chunk of
 * their own: an assessment opened on its task list loads none of it until a section or Check your answers
 * is shown. `preloadFormPages` loads it ahead (the app does for an address that opens on a section, and
 * when the pointer or focus reaches the task list).
 */
let loadedFormPages: ComponentType<FormPagesProps> | null = null;
let pendingFormPages: Promise<ComponentType<FormPagesProps>> | null = null;
export function preloadFormPages(): Promise<ComponentType<FormPagesProps>> {
  return (pendingFormPages ??= import('./form-pages.tsx').then((m) => (loadedFormPages = m.FormPages)));
}
const LazyFormPages = lazy(() => preloadFormPages().then((component) => ({ default: component })));
const preloadOnce = () => void preloadFormPages().catch(() => (pendingFormPages = null));

/**
 * The assessment form, driven by the template the assessment was written against. One editor is
 * mounted per open assessment; only `view` changes as the route does, so the form (and every
 * unsaved keystroke in it) lives across pages. Storage-agnostic: it reports changes through
 * `onAnswersChange` and `onCompletedSectionsChange` and never saves anything itself.
 */
export function AssessmentEditor({
  assessment,
  loadKey,
  view,
  readOnly = false,
  readOnlyReason,
  onAnswersChange,
  onCompletedSectionsChange,
  slots = NO_SLOTS,
  template: given,
}: AssessmentEditorProps) {
  const t = useT();
  const template = given ?? templateOf(assessment);
  // The answers as typed so far, shown on the task list; once the form is mounted it reports every change.
  const [live] = useState(() => createLiveAnswers(assessment.answers));
  // The form's pages, chosen once when first needed (the loaded component, or the lazy one while it loads),
  // then kept: switching components would remount the form and lose what is typed.
  const [Pages, setPages] = useState<ComponentType<FormPagesProps> | null>(() =>
    view.page === 'tasks' ? null : (loadedFormPages ?? LazyFormPages),
  );
  if (!Pages && view.page !== 'tasks') setPages(() => loadedFormPages ?? LazyFormPages);
  // What the slots show on the form's pages loads with the form's own chunk.
  const preloadSlots = slots.preload;
  useLayoutEffect(() => {
    if (Pages) preloadSlots?.();
  }, [Pages, preloadSlots]);
  // Another assessment (or version) loaded before the form is mounted: the task list shows its answers.
  const liveKey = useRef(loadKey);
  useLayoutEffect(() => {
    if (liveKey.current === loadKey) return;
    liveKey.current = loadKey;
    if (!Pages) live.load(assessment.answers);
  }, [Pages, live, loadKey, assessment.answers]);
  const [completed, setCompleted] = useState(() => ({ loadKey, sections: assessment.completedSections }));
  if (completed.loadKey !== loadKey) {
    setCompleted({ loadKey, sections: assessment.completedSections });
  }
  const completedSections = completed.loadKey === loadKey ? completed.sections : assessment.completedSections;

  if (!template) {
    return (
      <>
        <h1 className="govuk-heading-l">{t('form.cannotOpen')}</h1>
        <p className="govuk-body">
          {t('form.unknownTemplate', {
            template: assessment.templateId,
            version: assessment.templateVersion,
          })}
        </p>
      </>
    );
  }

  const setSectionCompleted = (sectionId: string, done: boolean) => {
    const has = completedSections.includes(sectionId);
    if (has === done) return;
    const next = done
      ? [...completedSections, sectionId]
      : completedSections.filter((id) => id !== sectionId);
    setCompleted({ loadKey, sections: next });
    onCompletedSectionsChange(next);
  };

  const page: Omit<EditorPageProps, 'form' | 'answers'> = {
    template,
    assessmentId: assessment.id,
    readOnly,
    ...(readOnlyReason ? { readOnlyReason } : {}),
    slots,
    completedSections,
    noLongerAsked: assessment.noLongerAsked,
  };

  if (!Pages) {
    return (
      // The pointer over the task list, or a key pressed in it: the form's chunk loads before a section opens.
      <div
        onPointerOver={() => {
          preloadOnce();
          slots.preload?.();
        }}
        onKeyDown={() => {
          preloadOnce();
          slots.preload?.();
        }}
      >
        <TaskListPage key={loadKey} {...page} answers={live} />
      </div>
    );
  }
  return (
    <Suspense
      fallback={
        <p className="govuk-body" role="status">
          {t('route.opening')}
        </p>
      }
    >
      <Pages
        assessment={assessment}
        loadKey={loadKey}
        view={view}
        onAnswersChange={onAnswersChange}
        template={template}
        live={live}
        page={page}
        onSetCompleted={setSectionCompleted}
      />
    </Suspense>
  );
}
