import { useEffect, useState } from 'preact/hooks';
import { useDatabase } from '../database';
import { indexedDbCache } from '@/utils/search/index-cache';
import { LiveCollection, type CollectionStatus } from '@/utils/search/live-collection';

/**
 * The side panel's live collection: created and started on first render (so that reading
 * starts before anything is painted), stopped when the panel goes away. Re-renders on changes.
 */
export function useCollection(given?: LiveCollection): { collection: LiveCollection; status: CollectionStatus } {
  const db = useDatabase();
  const [collection] = useState(() => {
    const created = given ?? new LiveCollection(db, { cache: indexedDbCache(db.name) });
    void created.start();
    return created;
  });
  const [status, setStatus] = useState(collection.status);
  useEffect(() => {
    setStatus(collection.status);
    const off = collection.subscribe(() => setStatus(collection.status));
    return () => {
      off();
      collection.stop();
    };
  }, [collection]);
  return { collection, status };
}
