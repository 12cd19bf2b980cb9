/**
 * Stores pending changes the moment the page may go away: when it is hidden (tab switched, window
 * minimised, phone locked: often the last event a page gets), on pagehide, and on beforeunload, where the
 * browser is also asked to confirm leaving while a change is not yet stored.
 */
export function attachPageLifecycle(
  autosave: { flush(): Promise<boolean>; hasUnsavedChanges(): boolean },
  target: { window: Window; document: Document } = { window, document },
): () => void {
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void autosave.flush();
  };
  const onPageHide = () => void autosave.flush();
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!autosave.hasUnsavedChanges()) return;
    void autosave.flush();
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
