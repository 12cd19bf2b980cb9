import { useEffect, useRef } from 'react';

/**
 * Focus on the page's <h1> (tabIndex={-1}) when the page is shown, so keyboard and screen reader users
 * start at the top of the new page after a route change. `key`: focus again when it changes.
 */
export function useHeadingFocus(key?: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}
