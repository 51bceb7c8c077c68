import type { IndexSnapshot } from './search-index';

/**
 * Where the search index is kept between sessions, so that opening the side panel on a large
 * collection re-indexes only what changed since. It is a cache: derived from the sources, safe
 * to lose, and kept apart from them in a small IndexedDB database of its own (not a table of
 * the sources' database, which would need a schema version for data that is never migrated).
 */
export interface IndexCache {
  load(): Promise<unknown>;
  save(snapshot: IndexSnapshot): Promise<void>;
}

const STORE = 'snapshots';
const KEY = 'index';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The cache for the index of the sources' database named `databaseName`. */
export function indexedDbCache(databaseName: string): IndexCache {
  let opening: Promise<IDBDatabase> | undefined;
  const open = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(`${databaseName}-search-index`, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('Could not open the search index cache'));
    });
    return opening;
  };
  return {
    async load() {
      const db = await open();
      return request<unknown>(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY));
    },
    async save(snapshot) {
      const db = await open();
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(snapshot, KEY);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('Could not save the search index'));
        tx.onabort = () => reject(tx.error ?? new Error('Saving the search index was aborted'));
      });
    },
  };
}
