import { liveQuery } from '@/utils/db';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T | undefined;
  error: unknown;
}

/**
 * Subscribes a component to a Dexie query: it re-renders whenever the data behind the query
 * changes, in this page or in any other context of the extension (background, popup...).
 * `initial`: what the page already read, shown until the query answers.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial?: T): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: initial, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
