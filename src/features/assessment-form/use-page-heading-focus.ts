import { useEffect, useRef } from 'react';

/**
 * Moves focus to the page's <h1> (which needs tabIndex={-1}) when the page is shown, so that after a
 * route change keyboard and screen reader users start at the top of the new page, as after a page load.
 * Pass `skip` when something else on the page takes focus instead.
 */
export function usePageHeadingFocus(skip = false) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!skip) ref.current?.focus({ preventScroll: false });
  }, [skip]);
  return ref;
}
