import { liveQuery } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';

/**
 * The result of a storage query, kept up to date when any tab changes the data it read (Dexie liveQuery).
 * Unlike dexie-react-hooks' useLiveQuery, an error is returned (for a message on the page) instead of
 * thrown, and the previous result stays on screen while a new query runs.
 */
export function useLive<T>(
  query: () => Promise<T>,
  deps: DependencyList,
): { value: T | undefined; error: unknown; loading: boolean } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown; loading: boolean }>({
    value: undefined,
    error: null,
    loading: true,
  });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null, loading: false }),
      error: (error: unknown) => setState((s) => ({ ...s, error, loading: false })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the query's inputs
  }, deps);
  return state;
}
