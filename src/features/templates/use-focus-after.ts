import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element (by id) once the next render is on screen: after an action that moves or
 * removes the control that had focus, focus lands on the place the action led to, not on the page.
 */
export function useFocusAfter(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target.id);
    if (element) {
      element.focus({ preventScroll: true });
      element.scrollIntoView?.({ block: 'nearest' });
    }
  }, [target]);
  return useCallback((id: string) => setTarget({ id }), []);
}
