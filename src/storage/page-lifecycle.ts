/**
 * Stores pending changes the moment the page may go away: when it is hidden (tab switched, window
 * minimised, phone locked, tab closed: often the last event a page gets), on pagehide, and on
 * beforeunload. `saveAtOnce` must issue its write synchronously (see saveAssessmentNow): a closing page
 * gets no further tasks. If it cannot, the browser is asked to confirm leaving.
 */
export function attachPageLifecycle(
  draft: { saveAtOnce(): boolean; hasUnsavedChanges(): boolean },
  target: { window: Window; document: Document } = { window, document },
): () => void {
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') draft.saveAtOnce();
  };
  const onPageHide = () => void draft.saveAtOnce();
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!draft.hasUnsavedChanges() || draft.saveAtOnce()) return;
    event.preventDefault();
    // Older browsers need returnValue set to show the "Leave site?" question.
    event.returnValue = '';
  };
  target.document.addEventListener('visibilitychange', onVisibility);
  target.window.addEventListener('pagehide', onPageHide);
  target.window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibility);
    target.window.removeEventListener('pagehide', onPageHide);
    target.window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
