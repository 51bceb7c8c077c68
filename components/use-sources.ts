import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Source } from '@/utils/model/source';
import { SourceStore } from '@/utils/search/source-store';
import { newestFirst } from '@/utils/search/views';
import { useDatabase } from './database';

interface State {
  /** Bumped whenever sources change. */
  version: number;
  loaded: boolean;
  error: unknown;
}

/**
 * Every source, newest first, kept up to date as sources change anywhere in the extension: the
 * sources are read once, then only those a write changed (see SourceStore). Undefined until
 * every source is read.
 */
export function useSources(): { sources: readonly Source[] | undefined; error: unknown } {
  const db = useDatabase();
  const [state, setState] = useState<State>({ version: 0, loaded: false, error: undefined });
  const [store] = useState(
    () =>
      new SourceStore(db, (event) => {
        if (event.type === 'error') setState((s) => ({ ...s, error: event.error }));
        else if (event.type === 'loaded') setState((s) => ({ ...s, loaded: true, version: s.version + 1 }));
        else if (event.type === 'sources') setState((s) => ({ ...s, version: s.version + 1 }));
      }),
  );
  useEffect(() => {
    store
      .loadAll()
      .then(() => store.follow())
      .catch((error: unknown) => setState((s) => ({ ...s, error })));
    return () => store.stop();
  }, [store]);
  const sources = useMemo(() => (state.loaded ? newestFirst(store.entries.values()) : undefined), [store, state]);
  return { sources, error: state.error };
}
